import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { DEFAULT_LANG, initI18n } from './i18n';
import { installHandle } from './inspect/handle';
import { DEFAULT_DATA_URL } from './config';
import './ui/app.css';

const params = new URLSearchParams(window.location.search);
const lang = params.get('lang') === 'en' ? 'en' : DEFAULT_LANG;
initI18n(lang);
installHandle(__APP_VERSION__);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App initialLang={lang} dataUrl={params.get('data') ?? DEFAULT_DATA_URL} />
    </StrictMode>,
  );
}
