// What the page starts as soon as its scripts run, before the interface's modules are evaluated:
// the first data file's request and load, the download of the drawing the map most likely needs,
// and work its first render would otherwise do while the file comes. main.tsx imports this module
// first, so that ES module order evaluates it first.
import { DATA_FROM, DEFAULT_DATA_URL } from './config';
import { prepareForFile } from './app/largeFile';
import { warmDateFormat } from './i18n/format';
import { startFirstLoad, stopWaitingForFirstLoad } from './load/firstLoad';
import { readInlineData } from './load/inlineData';
import { loadFromUrl } from './load/loadData';
import { WORKER_FROM_BYTES } from './load/validateBlob';
import { startCytoscapeLoad } from './map/loadRenderers';
import { isPresenterWindow } from './present';
import { dataCodec, langCodec, rendererCodec } from './url-state';

// The single-file map carries its starting view with its data.
const inline = readInlineData();
if (inline && inline.view !== '' && window.location.search === '')
  window.history.replaceState(null, '', `?${inline.view}${window.location.hash}`);

const firstData = dataCodec.parse(new URLSearchParams(window.location.search)).value ?? DEFAULT_DATA_URL;
// A build restricted by --data-from asks nothing of another origin: the load says why, at once.
if (!inline && !isPresenterWindow()) {
  const onBytes = (bytes: number) => {
    prepareForFile(bytes);
    if (bytes >= WORKER_FROM_BYTES) stopWaitingForFirstLoad();
  };
  startFirstLoad(firstData, (signal) => loadFromUrl(firstData, { signal, dataFrom: DATA_FROM, onBytes }));
}
if (!isPresenterWindow()) startCytoscapeLoad(rendererCodec.parse(new URLSearchParams(window.location.search)).value);
// The first render formats the file's date: the format's making (20-30 ms) waits for no file.
setTimeout(() => warmDateFormat(langCodec.parse(new URLSearchParams(window.location.search)).value), 0);
