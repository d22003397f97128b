const EMBED_PARAMS = ['embed', 'panels', 'origin'];

/** The same view in the full app: the embed's address without its embed parameters. */
export function fullMapUrl(embedUrl: string): string {
  const url = new URL(embedUrl);
  for (const name of EMBED_PARAMS) url.searchParams.delete(name);
  return url.toString().replace(/%2C/gi, ',');
}
