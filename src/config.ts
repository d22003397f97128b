/** The dataset the app opens when the URL names none; a publish build may set another. */
export const DEFAULT_DATA_URL: string = import.meta.env.VITE_DEFAULT_DATA ?? 'data/odd17-villes-au-carre.json';
