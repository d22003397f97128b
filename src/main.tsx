// First: it starts the first file's load before the other modules are evaluated.
import './startup';
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { isPresenterWindow, pairingTokenOf } from './present';
import { initI18n } from './i18n';
import { installHandle } from './inspect/handle';
import { firstLoadWithin } from './load/firstLoad';
import { langCodec } from './url-state';
import './ui/app.css';
import './ui/touch.css';

// The presenter window (#presenter) is its own chunk: the map's page never needs it.
const PresenterWindow = lazy(() => import('./ui/present/PresenterView').then((module) => ({ default: module.PresenterWindow })));

// How long the first render may wait for a small first file, so as to draw it at once.
const FIRST_LOAD_WAIT_MS = 400;

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

// The first render waits for the interface's strings (at once in French, English's chunk first)
// and, a little, for the first file (src/load/firstLoad.ts).
const root = document.getElementById('root');
const strings = initI18n(langCodec.parse(new URLSearchParams(window.location.search)).value).catch((error: unknown) => {
  console.error('Alliance Map: the interface strings could not be loaded', error);
});
void Promise.all([strings, firstLoadWithin(FIRST_LOAD_WAIT_MS)]).then(() => {
  if (root) render(root);
});
