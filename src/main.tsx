import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initI18n } from './i18n';
import { installHandle } from './inspect/handle';
import { langCodec } from './url-state';
import './ui/app.css';

initI18n(langCodec.parse(new URLSearchParams(window.location.search)).value);
installHandle(__APP_VERSION__);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
