// The first data file is requested as soon as the app's script runs, not once React has mounted
// and its effects have run: on a cold load that starts the download about half a second earlier.
// Only the URL the page was asked to open is requested, once; loadFromUrl takes the response.
const early = new Map<string, Promise<Response>>();

/**
 * Requests the file now. `onLength` is told the file's length as soon as the response's headers
 * say it (before its body has arrived), so that what a large file needs can start meanwhile.
 */
export function prefetchData(url: string, onLength?: (bytes: number) => void): void {
  if (early.has(url) || typeof fetch !== 'function') return;
  const response = fetch(url, { credentials: 'omit' });
  response.then(
    (started) => {
      const length = Number(started.headers.get('content-length'));
      if (started.ok && length > 0) onLength?.(length);
    },
    () => undefined, // a failure is reported when the response is taken
  );
  early.set(url, response);
}

/** The early response for this URL, once: a second opening of the same URL fetches it again. */
export function takePrefetched(url: string): Promise<Response> | undefined {
  const response = early.get(url);
  early.delete(url);
  return response;
}
