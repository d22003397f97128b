import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { isPresenterWindow } from './present';
import { PresenterWindow } from './ui/present/PresenterView';
import { initI18n } from './i18n';
import { installHandle } from './inspect/handle';
import { langCodec } from './url-state';
import { readInlineData } from './load/inlineData';
import './ui/app.css';

// The single-file map carries its starting view with its data.
const inline = readInlineData();
if (inline && inline.view !== '' && window.location.search === '') window.history.replaceState(null, '', `?${inline.view}${window.location.hash}`);

initI18n(langCodec.parse(new URLSearchParams(window.location.search)).value);
installHandle(__APP_VERSION__);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      {isPresenterWindow() ? <PresenterWindow lang={langCodec.parse(new URLSearchParams(window.location.search)).value} /> : <App />}
    </StrictMode>,
  );
}
