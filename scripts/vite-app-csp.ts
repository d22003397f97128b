import type { Plugin } from 'vite';
import { readDataFrom } from '../src/load/dataOrigin';
import { inlineBlocks } from './build-viewer-csp';

/**
 * The Content-Security-Policy of the built app's index.html (the single-file map has its own, by
 * hash: scripts/build-viewer-csp.ts). Every directive is relative to the page's own origin, so it
 * holds from any folder of any host:
 *   script-src 'self'        the app's own script files only: no inline script, no eval
 *                            (workers fall back to it: the app's own worker files)
 *   object-src 'none'        no plug-in content
 *   base-uri 'none'          no <base> can move where relative addresses point
 *   form-action 'none'       the app has no form to send
 *   connect-src 'self' …     only in a build restricted by --data-from: the origins data= may
 *                            name. A default build opens data= from any origin, so it leaves
 *                            connect-src open.
 * frame-ancestors cannot be set from a page: a host sends it as a header (README, Security).
 */
export function appPolicy(dataFrom: readonly string[] | null): string {
  return [
    "script-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    ...(dataFrom === null ? [] : [["connect-src 'self'", ...dataFrom].join(' ')]),
  ].join('; ');
}

/** Adds the policy to index.html in a build, and fails the build if the page has inline script. */
export function appCspPlugin(): Plugin {
  return {
    name: 'alliance-map-app-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (inlineBlocks(html).some((block) => block.tag === 'script')) {
          throw new Error('vite-app-csp: index.html has an inline script, which its policy (script-src self) would block');
        }
        // Right after <meta charset>, before any script or stylesheet: a policy governs what follows it.
        const charset = /<meta\s+charset=[^>]*>/i.exec(html);
        if (!charset) throw new Error('vite-app-csp: index.html has no <meta charset>');
        const at = charset.index + charset[0].length;
        const meta = `<meta http-equiv="Content-Security-Policy" content="${appPolicy(readDataFrom(process.env.VITE_DATA_FROM))}" />`;
        return `${html.slice(0, at)}\n    ${meta}${html.slice(at)}`;
      },
    },
  };
}
