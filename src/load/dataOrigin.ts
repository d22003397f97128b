// Where a data file comes from, compared with the page that shows it. A file from another site
// (another scheme, host or port) is shown with a notice naming that site; a publish build may
// refuse such files altogether (`npm run build -- --data-from`, DATA_FROM in src/config.ts).

/** `text` as an absolute URL against `base`, or null when it does not parse. */
function parse(text: string, base?: string): URL | null {
  try {
    return new URL(text, base);
  } catch {
    return null;
  }
}

/**
 * The site a data file comes from, as readers see it named: its host with its port when the
 * port is not the scheme's default (`other.example:8080`; an international name in its ASCII
 * form, so look-alike letters show), or its whole origin when only the scheme differs from the
 * page's (`http://example.org`). Null when the file is on the page's own origin.
 */
export function foreignSite(dataUrl: string, pageUrl: string): string | null {
  const page = parse(pageUrl);
  const data = parse(dataUrl, pageUrl);
  if (!page || !data || data.origin === page.origin) return null;
  return data.host === '' || data.host === page.host ? data.origin : data.host;
}

/**
 * Whether a build restricted to `allowed` (origins besides the page's own; null: no restriction)
 * may open this data URL.
 */
export function dataUrlAllowed(dataUrl: string, pageUrl: string, allowed: readonly string[] | null): boolean {
  if (allowed === null) return true;
  const data = parse(dataUrl, pageUrl);
  return data !== null && (data.origin === parse(pageUrl)?.origin || allowed.includes(data.origin));
}

/**
 * The value of `--data-from` as origins besides the page's own: `same-origin` (none), or a
 * comma-separated list of `http(s)://host[:port]` origins (with `same-origin` allowed among them).
 * A message instead when an item is not an origin.
 */
export function parseDataFrom(text: string): string[] | string {
  const origins: string[] = [];
  for (const item of text.split(',').map((part) => part.trim())) {
    if (item === 'same-origin') continue;
    const url = parse(item);
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || item.replace(/\/$/, '').toLowerCase() !== url.origin) {
      return `--data-from: "${item}" is not an origin (same-origin, or https://host[:port], comma-separated)`;
    }
    if (!origins.includes(url.origin)) origins.push(url.origin);
  }
  return origins;
}

/**
 * The origins a build was restricted to besides the page's own, from VITE_DATA_FROM (set by
 * scripts/build.ts from --data-from: `same-origin` then the origins, space-separated), or null
 * when it is not set: no restriction.
 */
export function readDataFrom(value: string | undefined): string[] | null {
  return value === undefined || value === '' ? null : value.split(' ').filter((origin) => origin !== '' && origin !== 'same-origin');
}
