import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { isPresenterWindow, pairingTokenOf } from './present';
import { initI18n } from './i18n';
import { installHandle } from './inspect/handle';
import { dataCodec, langCodec, rendererCodec } from './url-state';
import { DATA_FROM, DEFAULT_DATA_URL } from './config';
import { dataUrlAllowed } from './load/dataOrigin';
import { prefetchData } from './load/prefetch';
import { readInlineData } from './load/inlineData';
import { startCytoscapeLoad } from './map/loadRenderers';
import { prepareForFile } from './app/largeFile';
import './ui/app.css';
import './ui/touch.css';

// The presenter window (#presenter) is its own chunk: the map's page never needs it.
const PresenterWindow = lazy(() => import('./ui/present/PresenterView').then((module) => ({ default: module.PresenterWindow })));

// The single-file map carries its starting view with its data.
const inline = readInlineData();
if (inline && inline.view !== '' && window.location.search === '')
  window.history.replaceState(null, '', `?${inline.view}${window.location.hash}`);

const firstData = dataCodec.parse(new URLSearchParams(window.location.search)).value ?? DEFAULT_DATA_URL;
// A build restricted by --data-from asks nothing of another origin: the load says why.
if (!inline && !isPresenterWindow() && dataUrlAllowed(firstData, window.location.href, DATA_FROM)) prefetchData(firstData, prepareForFile);
if (!isPresenterWindow()) startCytoscapeLoad(rendererCodec.parse(new URLSearchParams(window.location.search)).value);
installHandle(__APP_VERSION__);

function render(root: HTMLElement): void {
  createRoot(root).render(
    <StrictMode>
      {isPresenterWindow() ? (
        <Suspense fallback={null}>
          <PresenterWindow
            lang={langCodec.parse(new URLSearchParams(window.location.search)).value}
            token={pairingTokenOf(window.location.hash)}
          />
        </Suspense>
      ) : (
        <App />
      )}
    </StrictMode>,
  );
}

// The first render waits for the interface's strings: at once in French, English's chunk first.
const root = document.getElementById('root');
const drawApp = () => {
  if (root) render(root);
};
initI18n(langCodec.parse(new URLSearchParams(window.location.search)).value).then(drawApp, (error: unknown) => {
  console.error('Alliance Map: the interface strings could not be loaded', error);
  drawApp();
});
