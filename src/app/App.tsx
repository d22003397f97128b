import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_DATA_URL } from '../config';
import type { Lang } from '../domain/types';
import { setLanguage } from '../i18n';
import { readInlineData } from '../load/inlineData';
import { DropZone } from '../ui/DropZone';
import { ErrorPanel } from '../ui/ErrorPanel';
import { ImportLayer } from '../ui/import/ImportLayer';
import { PartBoundary } from '../ui/PartBoundary';
import { UrlNotice } from '../ui/UrlNotice';
import { pruneToGraph, type Dropped } from '../url-state';
// The presentation theme (.app.is-presenting) applies from the first frame of present=1.
import '../ui/present/present.css';
import { DatasetSession } from './DatasetSession';
import { EmbedChrome } from './EmbedChrome';
import { FullChrome } from './FullChrome';
import { appMode, modeClassName, type Producer } from './producers';
import { useDataset } from './useDataset';
import { useViewState, type HistoryMode } from './useViewState';

const INLINE_DATA = readInlineData();

/**
 * The shell: the view state (the URL), the dataset open and its loading, the language. Everything
 * that belongs to one dataset is its session, which starts afresh with each dataset opened.
 */
export function App() {
  const { t } = useTranslation();
  const { state, update, dropped, reportDropped, dismissDropped } = useViewState();
  const datasets = useDataset(INLINE_DATA && state.data === null ? null : (state.data ?? DEFAULT_DATA_URL));
  const { dataset, opened, failure, loadingName, openUrl, openFiles, openText, dismissFailure } = datasets;
  const mode = appMode(state);

  useEffect(() => {
    if (INLINE_DATA && state.data === null) openText(INLINE_DATA.text, document.title);
    else void openUrl(state.data ?? DEFAULT_DATA_URL);
  }, [openUrl, openText, state.data]);

  useEffect(() => void setLanguage(state.lang), [state.lang]);

  // Once a file is open, what the URL names that this file lacks (a kind, an actor) is dropped.
  useEffect(() => {
    if (!dataset) return;
    let droppedNow: Dropped[] = [];
    update((current) => {
      const pruned = pruneToGraph(current, dataset.graph, dataset.file.stories ?? []);
      droppedNow = pruned.dropped;
      return pruned.dropped.length > 0 ? pruned.state : current;
    }, 'replace');
    reportDropped(droppedNow);
  }, [dataset, update, reportDropped]);

  const change = useCallback((producer: Producer, history: HistoryMode = 'push') => update(producer, history), [update]);
  const changeLang = useCallback((lang: Lang) => update((current) => ({ ...current, lang })), [update]);
  const openLocalFiles = useCallback((files: File[]) => void openFiles(files), [openFiles]);

  const notices = (
    <>
      {failure && <ErrorPanel failure={failure} mapShown={dataset !== null} onDismiss={dismissFailure} />}
      <PartBoundary part="import" onClose={datasets.dismissImport}>
        <ImportLayer datasets={datasets} />
      </PartBoundary>
      {dropped.length > 0 && <UrlNotice dropped={dropped} onDismiss={dismissDropped} />}
    </>
  );

  return (
    <div className={modeClassName(mode)}>
      {dataset ? (
        <PartBoundary key={opened} part="app">
          <DatasetSession
            dataset={dataset}
            state={state}
            update={change}
            loadingName={loadingName}
            onOpenFiles={openLocalFiles}
            onLang={changeLang}
            notices={notices}
          />
        </PartBoundary>
      ) : (
        <>
          {mode.embed ? (
            <EmbedChrome title={undefined} />
          ) : (
            <FullChrome meta={null} lang={state.lang} onLang={changeLang} onOpenFiles={openLocalFiles} onAbout={() => undefined} />
          )}
          <main className="app-main">
            <p className="map-placeholder">
              {loadingName ? t('app.loadingFile', { name: loadingName }) : failure ? t('app.noMap') : t('app.loading')}
            </p>
            {notices}
          </main>
          {mode.editing && <DropZone onFiles={openLocalFiles} />}
        </>
      )}
    </div>
  );
}
