import { useMemo, type RefObject } from 'react';
import { wireFilters } from '../embed/protocol';
import { useEmbedApi } from '../embed/useEmbedApi';
import type { CountSummary } from '../filters';
import type { MapHandle } from '../map/mapHandle';
import type { AllianceGraph } from '../model/graph';
import { filtersCodec, type ViewState } from '../url-state';
import { applyEmbedCommand, type Producer } from './producers';

interface Options {
  state: ViewState;
  graph: AllianceGraph;
  counts: CountSummary | null;
  drawn: boolean;
  selected: { id: string; label: string } | null;
  update: (producer: Producer) => void;
  map: RefObject<MapHandle | null>;
}

/** An embedded map answers its host page (docs/embed.md): commands change the view; state and selection are told back. */
export function useEmbedCommands({ state, graph, counts, drawn, selected, update, map }: Options): void {
  const filters = useMemo(() => wireFilters(filtersCodec.serialize(state.filters)), [state.filters]);
  useEmbedApi({
    enabled: state.embed.embed,
    origins: state.embed.origins,
    appVersion: __APP_VERSION__,
    drawn,
    counts,
    filters,
    focus: state.focus,
    selected,
    onCommand: (command) => {
      if (command.type === 'fit') return map.current?.fit();
      const { producer, dropped } = applyEmbedCommand(command, graph);
      if (dropped.length > 0)
        console.warn(`Alliance Map: set-filters: values dropped: ${dropped.map((item) => `${item.param}=${item.value}`).join(', ')}`);
      if (producer) update(producer);
    },
  });
}
