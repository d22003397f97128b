import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INLINE_DATA_ID, readInlineData } from '../../src/load/inlineData';
import type { DataFile } from '../../src/model/types';
import { validateText } from '../../src/model/validate';
import { injectIntoViewer, jsonForScript, viewForViewer } from '../../src/export/viewer';
import { viewUrl } from '../../src/export/actions';
import { inlineBlocks, viewerPolicy, withPolicy } from '../../scripts/build-viewer-csp';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

const TEMPLATE = `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="UTF-8" />
    <title>Alliance Map</title>
    <script type="module" crossorigin>console.log("app");</script>
    <style>body{margin:0}</style>
  </head>
  <body>
    <div id="root"></div>
    <script type="application/json" id="${INLINE_DATA_ID}"></script>
  </body>
</html>
`;

/** Just enough of a Document for readInlineData: the text of the data block, parsed as a browser would. */
function documentOf(html: string): Pick<Document, 'getElementById'> {
  const open = `<script type="application/json" id="${INLINE_DATA_ID}">`;
  const start = html.indexOf(open);
  const end = html.toLowerCase().indexOf('</script', start + open.length);
  const text = start < 0 ? null : html.slice(start + open.length, end);
  return {
    getElementById: (id: string) =>
      id === INLINE_DATA_ID && text !== null ? ({ tagName: 'SCRIPT', textContent: text } as unknown as HTMLElement) : null,
  };
}

const nasty = JSON.parse(read('test/fixtures/valid/small.json')) as DataFile;
nasty.meta.title = 'Evil </script><script>alert(1)</script> <!-- title';
nasty.nodes[0]!.description = 'Line\u2028separator </SCRIPT >';

describe('the single-file map', () => {
  it('escapes < in inlined JSON so the data cannot close its script block', () => {
    const json = jsonForScript(nasty);
    expect(json).not.toMatch(/</);
    expect(JSON.parse(json)).toEqual(nasty);
  });

  it('injects the data file and the view, which readInlineData gives back intact', () => {
    const html = injectIntoViewer(TEMPLATE, nasty, '?data=data%2Fx.json&sdg=17&focus=catalyseur-a&lang=fr');
    expect(html.toLowerCase().split('</script').length).toBe(TEMPLATE.toLowerCase().split('</script').length);
    const inline = readInlineData(documentOf(html));
    expect(inline?.view).toBe('sdg=17&focus=catalyseur-a&lang=fr');
    const { file, problems } = validateText(inline?.text ?? '', 'inline.json');
    expect(problems).toEqual([]);
    expect(file).toEqual(nasty);
    // Everything around the block is unchanged (the policy's hashes stay right).
    expect(html.slice(0, html.indexOf(`id="${INLINE_DATA_ID}"`))).toBe(TEMPLATE.slice(0, TEMPLATE.indexOf(`id="${INLINE_DATA_ID}"`)));
  });

  it('reads nothing from the published app (empty block) or a page without the block', () => {
    expect(readInlineData(documentOf(TEMPLATE))).toBeNull();
    expect(readInlineData({ getElementById: () => null })).toBeNull();
  });

  it('hands over unreadable inline content as data, so the app reports it instead of fetching', () => {
    expect(readInlineData(documentOf(TEMPLATE.replace('></script>\n  </body>', '>{oops</script>\n  </body>')))).toEqual({
      text: '{oops',
      view: '',
    });
  });

  it('refuses a template without a data block', () => {
    expect(() => injectIntoViewer('<html></html>', nasty, '')).toThrow(/data/);
  });

  it('drops data= from the view and keeps the rest', () => {
    expect(viewForViewer('data=x.json&sdg=13%2C17&cam=1,2,3')).toBe('sdg=13%2C17&cam=1%2C2%2C3');
  });

  it('links to the same view over http(s) only', () => {
    expect(viewUrl('https://a.org/map/?sdg=1#x', 'sdg=17&lang=en')).toBe('https://a.org/map/?sdg=17&lang=en');
    expect(viewUrl('file:///home/me/carte.html', 'sdg=17')).toBe('');
  });
});

describe('the viewer Content-Security-Policy', () => {
  it('hashes every executable inline script and style, not the JSON block', () => {
    const blocks = inlineBlocks(injectIntoViewer(TEMPLATE, nasty, ''));
    expect(blocks.map((block) => [block.tag, block.content])).toEqual([
      ['script', 'console.log("app");'],
      ['style', 'body{margin:0}'],
    ]);
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    const policy = viewerPolicy(blocks);
    expect(policy).toContain(`script-src ${hash('console.log("app");')}`);
    expect(policy).toContain(`style-src-elem ${hash('body{margin:0}')}`);
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("connect-src 'none'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe/);
  });

  it('goes right after <meta charset>, before any script, and replaces an older one', () => {
    const once = withPolicy(TEMPLATE);
    expect(once.indexOf('Content-Security-Policy')).toBeLessThan(once.indexOf('<script'));
    expect(once.indexOf('Content-Security-Policy')).toBeGreaterThan(once.indexOf('<meta charset'));
    const twice = withPolicy(once);
    expect(twice.match(/Content-Security-Policy/g)).toHaveLength(1);
    expect(twice).toBe(once);
  });
});
