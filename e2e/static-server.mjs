// A minimal static file server for end-to-end tests: serves the built app under a sub-folder
// (to prove relative asset paths) and test fixtures, like any plain static host would.
// Usage: node e2e/static-server.mjs PORT MOUNT=DIR [MOUNT=DIR ...] [MOUNT=>URL ...]
// MOUNT=>URL redirects (302) what is under MOUNT to the same path under URL (another origin, say).
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

const [portArg, ...mountArgs] = process.argv.slice(2);
const withSlash = (prefix) => (prefix.endsWith('/') ? prefix : `${prefix}/`);
const redirects = mountArgs
  .filter((arg) => arg.includes('=>'))
  .map((arg) => {
    const [prefix, target] = arg.split('=>');
    return { prefix: withSlash(prefix), target: withSlash(target) };
  });
const mounts = mountArgs
  .filter((arg) => !arg.includes('=>'))
  .map((arg) => {
    const [prefix, dir] = arg.split('=');
    return { prefix: withSlash(prefix), dir: resolve(dir) };
  });

function fileFor(pathname) {
  for (const { prefix, dir } of mounts) {
    if (!pathname.startsWith(prefix)) continue;
    const relative = normalize(decodeURIComponent(pathname.slice(prefix.length))).replace(/^(\.\.[/\\])+/, '');
    let file = join(dir, relative);
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      if (statSync(file).isFile()) return file;
    } catch {
      /* not here: try the next mount */
    }
  }
  return null;
}

createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const redirect = redirects.find(({ prefix }) => url.pathname.startsWith(prefix));
  if (redirect) {
    response.writeHead(302, {
      location: `${redirect.target}${url.pathname.slice(redirect.prefix.length)}${url.search}`,
      'access-control-allow-origin': '*',
    });
    response.end();
    return;
  }
  const file = fileFor(url.pathname);
  if (!file) {
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end('not found');
    return;
  }
  response.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'access-control-allow-origin': '*',
    'cache-control': 'no-store',
  });
  createReadStream(file).pipe(response);
}).listen(Number(portArg), '127.0.0.1', () => {
  console.log(`static server on http://127.0.0.1:${portArg}/ (${mounts.map((m) => `${m.prefix} -> ${m.dir}`).join(', ')})`);
});
