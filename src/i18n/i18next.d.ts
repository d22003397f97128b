import type { Messages } from './fr';

// Interface strings typed from the French reference catalogue: t('no.such.key') fails to compile.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}
