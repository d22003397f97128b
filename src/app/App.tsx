import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../domain/types';
import { setLanguage } from '../i18n';
import { CytoscapeMap } from '../map/CytoscapeMap';
import { computeAppearance } from '../view/appearance';
import type { Visibility } from '../view/types';
import { markDrawn, setViewSource } from '../inspect/handle';
import { DropZone } from '../ui/DropZone';
import { ErrorPanel } from '../ui/ErrorPanel';
import { Header } from '../ui/Header';
import { Legend } from '../ui/Legend';
import { StatusLine } from '../ui/StatusLine';
import { usePositions } from './usePositions';
import { useDataset } from './useDataset';

export interface AppProps {
  initialLang: Lang;
  dataUrl: string;
}

export function App({ initialLang, dataUrl }: AppProps) {
  const { t } = useTranslation();
  const [lang, setLang] = useState<Lang>(initialLang);
  const { dataset, failure, loadingName, openUrl, openFile, dismissFailure } = useDataset();

  useEffect(() => {
    void openUrl(dataUrl);
  }, [openUrl, dataUrl]);

  useEffect(() => {
    const onPopState = () => {
      const next: Lang = new URLSearchParams(window.location.search).get('lang') === 'en' ? 'en' : 'fr';
      setLang(next);
      setLanguage(next);
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const changeLang = useCallback((next: Lang) => {
    setLang(next);
    setLanguage(next);
    const url = new URL(window.location.href);
    if (next === 'fr') url.searchParams.delete('lang');
    else url.searchParams.set('lang', next);
    window.history.pushState(null, '', url);
  }, []);

  const graph = dataset?.graph ?? null;
  const appearance = useMemo(() => (graph ? computeAppearance(graph, lang) : null), [graph, lang]);
  const { positions, moveNode } = usePositions(graph);
  const visibility = useMemo<Visibility | null>(
    () => (graph ? { visibleNodeIds: new Set(graph.nodes()), visibleEdgeIds: new Set(graph.edges()), filtered: 'hide' } : null),
    [graph],
  );
  const kindsInUse = useMemo(() => new Set(appearance?.actors.map((actor) => actor.kind)), [appearance]);

  useEffect(() => {
    setViewSource(() => ({
      renderer: 'cytoscape',
      filters: {},
      visibleNodeIds: visibility ? [...visibility.visibleNodeIds] : [],
      visibleEdgeIds: visibility ? [...visibility.visibleEdgeIds] : [],
      positions,
    }));
  }, [visibility, positions]);

  return (
    <div className="app">
      <Header meta={dataset?.file.meta ?? null} lang={lang} onLang={changeLang} onOpenFile={(file) => void openFile(file)} />
      <main className="app-main">
        {appearance && visibility && graph ? (
          <div className="map-area">
            <CytoscapeMap
              appearance={appearance}
              positions={positions}
              visibility={visibility}
              onDrawn={markDrawn}
              onNodeMoved={moveNode}
              label={dataset?.file.meta.title ?? t('app.name')}
            />
            <StatusLine
              lang={lang}
              counts={{
                nodes: graph.order,
                edges: graph.size,
                visibleNodes: visibility.visibleNodeIds.size,
                visibleEdges: visibility.visibleEdgeIds.size,
              }}
            />
            <Legend kinds={appearance.kinds} kindsInUse={kindsInUse} lang={lang} />
          </div>
        ) : (
          <p className="map-placeholder">{loadingName ? t('app.loadingFile', { name: loadingName }) : t('app.loading')}</p>
        )}
        {loadingName && dataset && <p className="loading-toast">{t('app.loadingFile', { name: loadingName })}</p>}
        {failure && <ErrorPanel failure={failure} mapShown={dataset !== null} onDismiss={dismissFailure} />}
      </main>
      <DropZone onFile={(file) => void openFile(file)} />
    </div>
  );
}
