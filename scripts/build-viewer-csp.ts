// Post-build step of the single-file map (npm run build): gives dist/alliance-map-viewer.html a
// Content-Security-Policy that allows its own inline code by hash and nothing else.
//   default-src 'none'                      nothing from anywhere unless said below
//   script-src 'sha256-…'                   the inlined app script(s), by hash (no eval, no workers)
//   style-src-elem 'sha256-…'               the inlined stylesheet(s), by hash
//   style-src-attr 'unsafe-inline'          style attributes set by React and Cytoscape
//   style-src 'unsafe-inline'               fallback for browsers without the two above
//   img-src data: blob:                     the favicon (data:) and exported pictures (blob:)
//   connect-src 'none'                      no fetch, nothing leaves the file
// The JSON data block is not executed, so it needs no hash (and the app can fill it later).
// Usage: tsx scripts/build-viewer-csp.ts [dist/alliance-map-viewer.html]
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const DEFAULT_FILE = 'dist/alliance-map-viewer.html';

export interface InlineBlock {
  tag: 'script' | 'style';
  attributes: string;
  content: string;
}

/** Script types a browser runs (an absent type is JavaScript); JSON and other data blocks are not run. */
function isExecutable(attributes: string): boolean {
  const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
  return type === undefined || type === '' || type === 'module' || /^(text|application)\/(javascript|ecmascript)$/.test(type);
}

/**
 * Inline `<script>` (without src) and `<style>` blocks of an HTML page, their content as the
 * browser reads it (a script ends at the first `</script`, whatever its case).
 */
export function inlineBlocks(html: string): InlineBlock[] {
  const blocks: InlineBlock[] = [];
  const open = /<(script|style)\b([^>]*)>/gi;
  let match: RegExpExecArray | null;
  while ((match = open.exec(html)) !== null) {
    const tag = (match[1] ?? '').toLowerCase() as 'script' | 'style';
    const attributes = match[2] ?? '';
    const start = match.index + match[0].length;
    const end = html.slice(start).search(new RegExp(`</${tag}[\\s/>]`, 'i'));
    if (end < 0) throw new Error(`build-viewer-csp: a <${tag}> is not closed`);
    // The parser turns CRLF and CR into LF before hashing sees the text.
    const content = html.slice(start, start + end).replace(/\r\n?/g, '\n');
    open.lastIndex = start + end;
    if (tag === 'script' && (/\bsrc\s*=/i.test(attributes) || !isExecutable(attributes))) continue;
    blocks.push({ tag, attributes, content });
  }
  return blocks;
}

export function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The policy for a page whose inline code is these blocks. */
export function viewerPolicy(blocks: readonly InlineBlock[]): string {
  const scripts = [...new Set(blocks.filter((block) => block.tag === 'script').map((block) => sha256(block.content)))];
  const styles = [...new Set(blocks.filter((block) => block.tag === 'style').map((block) => sha256(block.content)))];
  return [
    "default-src 'none'",
    `script-src ${scripts.length > 0 ? scripts.join(' ') : "'none'"}`,
    `style-src-elem ${styles.length > 0 ? styles.join(' ') : "'none'"}`,
    "style-src-attr 'unsafe-inline'",
    "style-src 'unsafe-inline'",
    'img-src data: blob:',
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The page with its policy in a `<meta>` right after `<meta charset>` (any earlier policy replaced). */
export function withPolicy(html: string): string {
  const withoutOld = html.replace(/\s*<meta\s+http-equiv=["']?Content-Security-Policy["']?[^>]*>/gi, '');
  const policy = viewerPolicy(inlineBlocks(withoutOld));
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  const charset = /<meta\s+charset=[^>]*>/i.exec(withoutOld);
  if (!charset) throw new Error('build-viewer-csp: the page has no <meta charset>');
  const at = charset.index + charset[0].length;
  return `${withoutOld.slice(0, at)}\n    ${meta}${withoutOld.slice(at)}`;
}

function main(): void {
  const file = process.argv[2] ?? DEFAULT_FILE;
  const html = readFileSync(file, 'utf8');
  const out = withPolicy(html);
  const blocks = inlineBlocks(out);
  if (/<(script|link)\b[^>]*\b(src|href)\s*=\s*["']?(?!data:)[^"'\s>]+/i.test(out.replace(/<link rel="icon" href="data:,"\s*\/?>/, ''))) {
    throw new Error(`build-viewer-csp: ${file} still loads a file of its own: it would not open alone`);
  }
  writeFileSync(file, out);
  console.log(
    `${file}: Content-Security-Policy with ${blocks.filter((b) => b.tag === 'script').length} script and ${blocks.filter((b) => b.tag === 'style').length} style hash(es)`,
  );
}

// Run as a command (not when a test imports the functions above).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
