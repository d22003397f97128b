/// <reference types="vite/client" />

declare const __APP_VERSION__: string;

interface ImportMetaEnv {
  readonly VITE_DEFAULT_DATA?: string;
  /** Set by a publish build with --data-from: the origins data= may name besides the app's own, space-separated. */
  readonly VITE_DATA_FROM?: string;
}
