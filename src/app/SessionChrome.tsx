import { useMemo } from 'react';
import type { Dataset } from '../load/loadData';
import type { Story } from '../model/types';
import { exportableStories } from '../present';
import { ExportMenu, type ExportMenuProps } from '../ui/export/ExportMenu';
import { ViewSwitch } from '../ui/insight/ViewSwitch';
import { PartBoundary } from '../ui/PartBoundary';
import { SearchBox } from '../ui/search/SearchBox';
import type { InsightView, ViewState } from '../url-state';
import { EmbedChrome } from './EmbedChrome';
import { FullChrome } from './FullChrome';
import { addSdgFilter, type AppMode, type Producer } from './producers';
import type { HistoryMode } from './useViewState';

interface Props {
  dataset: Dataset;
  state: ViewState;
  update: (producer: Producer, mode?: HistoryMode) => void;
  mode: AppMode;
  onLang: (lang: ViewState['lang']) => void;
  onOpenFiles: (files: File[]) => void;
  onAbout: () => void;
  /** An actor chosen in the search. */
  onChoose: (id: string) => void;
  view: InsightView;
  onView: (view: InsightView) => void;
  /** The stories as edited: the exports carry them. */
  stories: Story[];
  /** Once the map is drawn: the session's tools, and what the export menu draws from. */
  tools: {
    onPresent: () => void;
    storiesOpen: boolean;
    onStories: () => void;
    onShare: () => void;
    exported: Omit<ExportMenuProps, 'dataset' | 'lang'>;
  } | null;
}

/**
 * The chrome of an open dataset: an embed's slim bar, or the full header (its title, search, view
 * switch and tools: present, stories, share, export).
 */
export function SessionChrome({
  dataset,
  state,
  update,
  mode,
  onLang,
  onOpenFiles,
  onAbout,
  onChoose,
  view,
  onView,
  stories,
  tools,
}: Props) {
  const { file } = dataset;
  const { lang } = state;
  const exported = useMemo(() => ({ ...dataset, file: { ...file, stories: exportableStories(stories) } }), [dataset, file, stories]);
  const searchBox = (
    <SearchBox
      graph={dataset.graph}
      lang={lang}
      value={state.q}
      onChange={(q) => update((current) => ({ ...current, q }), 'replace')}
      onChoose={onChoose}
      onChooseSdg={(sdg) => update(addSdgFilter(sdg))}
    />
  );
  if (mode.embed) {
    return <EmbedChrome title={file.meta.title} search={mode.panels.has('search') && searchBox} dataUrl={dataset.fetchedFrom} />;
  }
  return (
    <FullChrome
      meta={file.meta}
      dataUrl={dataset.fetchedFrom}
      lang={lang}
      onLang={onLang}
      onOpenFiles={onOpenFiles}
      onAbout={onAbout}
      search={searchBox}
      viewSwitch={<ViewSwitch view={view} onView={onView} />}
      tools={
        tools && {
          onPresent: tools.onPresent,
          storiesOpen: tools.storiesOpen,
          onStories: tools.onStories,
          onShare: tools.onShare,
          exportMenu: (
            <PartBoundary part="export">
              <ExportMenu dataset={exported} lang={lang} {...tools.exported} />
            </PartBoundary>
          ),
        }
      }
    />
  );
}
