import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../domain/types';
import type { AllianceGraph } from '../model/graph';
import type { Story } from '../model/types';
import { openPresenterWindow } from '../present';
import { PartBoundary } from '../ui/PartBoundary';
import { SheetGrip } from '../ui/SheetGrip';

const ActorPanel = lazy(() => import('../ui/actor/ActorPanel').then((module) => ({ default: module.ActorPanel })));
const StoryEditor = lazy(() => import('../ui/present/StoryEditor').then((module) => ({ default: module.StoryEditor })));

interface Props {
  graph: AllianceGraph;
  lang: Lang;
  /** While presenting, the column stays empty. */
  presenting: boolean;
  /** The story editor, when open, takes the column; the actor panel waits behind it. */
  stories: {
    open: boolean;
    list: Story[];
    currentView: string;
    onChange: (stories: Story[]) => void;
    onPlay: (storyId: string, index: number) => void;
    onClose: () => void;
  };
  actor: { id: string | null; onSelect: (id: string) => void; onFocus: (id: string) => void; onClose: () => void };
}

/** The column beside the map: the story editor, or the panel of the actor selected. */
export function SideColumn({ graph, lang, presenting, stories, actor }: Props) {
  const { t } = useTranslation();
  if (stories.open) {
    if (presenting) return null;
    return (
      <div className="side-panel">
        {stories.list.length > 0 && (
          <button
            type="button"
            className="presenter-open"
            onClick={() => openPresenterWindow(window.location.href)}
            title={t('present.presenterOpenTitle')}
            data-testid="presenter-button"
          >
            {t('present.presenterOpen')} ↗
          </button>
        )}
        <PartBoundary part="stories" onClose={stories.onClose}>
          <Suspense fallback={null}>
            <StoryEditor
              stories={stories.list}
              currentView={stories.currentView}
              lang={lang}
              onChange={stories.onChange}
              onPlay={stories.onPlay}
              onClose={stories.onClose}
            />
          </Suspense>
        </PartBoundary>
      </div>
    );
  }
  if (!actor.id || !graph.hasNode(actor.id)) return null;
  return (
    <div className="side-panel">
      <SheetGrip onClose={actor.onClose} testId="actor-sheet-grip" />
      <PartBoundary key={actor.id} part="actor" onClose={actor.onClose}>
        <Suspense fallback={null}>
          <ActorPanel graph={graph} id={actor.id} lang={lang} onSelect={actor.onSelect} onFocus={actor.onFocus} onClose={actor.onClose} />
        </Suspense>
      </PartBoundary>
    </div>
  );
}
