import { memo, useMemo } from 'react';
import type { Lang } from '../../domain/types';
import type { FacetCount } from '../../filters/facets';
import { kindVisuals } from '../../map/kindVisuals';
import type { AllianceGraph } from '../../model/graph';
import { ShapeIcon } from '../ShapeIcon';
import { OptionToggle } from './OptionToggle';
import { sameProps } from './sameProps';

interface Props {
  graph: AllianceGraph;
  selected: readonly string[];
  /** The kinds present in the graph (plus any selected), in facet order. */
  counts: Map<string, FacetCount>;
  lang: Lang;
  onToggle: (kind: string) => void;
}

/** Actor kinds present in the data, with the shape and hue they have on the map. */
export const KindFilter = memo(function KindFilter({ graph, selected, counts, lang, onToggle }: Props) {
  // Kinds in node order first, as the map assigns shapes (src/view/appearance.ts).
  const visuals = useMemo(() => {
    const kinds = new Set<string>();
    graph.forEachNode((_id, actor) => kinds.add(actor.kind));
    for (const kind of counts.keys()) kinds.add(kind);
    return kindVisuals(graph.getAttributes(), kinds);
  }, [graph, counts]);
  return (
    <div className="fp-options">
      {[...counts].map(([kind, count]) => {
        const visual = visuals.get(kind);
        return (
          <OptionToggle
            key={kind}
            testId={`filter-kind-${kind}`}
            name={visual?.names[lang] ?? kind}
            count={count}
            selected={selected.includes(kind)}
            icon={<ShapeIcon shape={visual?.shape ?? 'ellipse'} colour={visual?.colour ?? '#777777'} size={16} />}
            onToggle={() => onToggle(kind)}
          />
        );
      })}
    </div>
  );
}, sameProps);
