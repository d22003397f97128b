import { useEffect, useRef } from 'react';
import cytoscape, { type Core, type NodeSingular } from 'cytoscape';
import type { Appearance } from '../view/appearance';
import type { Positions, Visibility } from '../view/types';
import { toElements } from './elements';
import { mapStylesheet } from './stylesheet';
import { applyVisibility } from './visibility';

interface Props {
  appearance: Appearance;
  positions: Positions;
  visibility: Visibility;
  /** Called once the first frame of a dataset is drawn. */
  onDrawn: (cy: Core) => void;
  /** Called when the user drags a node to a new place. */
  onNodeMoved: (id: string, x: number, y: number) => void;
  label: string;
}

export function CytoscapeMap({ appearance, positions, visibility, onDrawn, onNodeMoved, label }: Props) {
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const latest = useRef({ positions, visibility, onDrawn, onNodeMoved });
  useEffect(() => {
    latest.current = { positions, visibility, onDrawn, onNodeMoved };
  });

  // A new dataset or language gives new elements: build the drawing once for them.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return undefined;
    const cy = cytoscape({
      container,
      elements: toElements(appearance, latest.current.positions),
      style: mapStylesheet(),
      layout: { name: 'preset', fit: true, padding: 40 },
      minZoom: 0.1,
      maxZoom: 6,
      wheelSensitivity: 0.3,
      boxSelectionEnabled: false,
    });
    cyRef.current = cy;
    applyVisibility(cy, latest.current.visibility);
    cy.fit(undefined, 40);
    cy.one('render', () => latest.current.onDrawn(cy));
    cy.on('dragfree', 'node', (event) => {
      const node = event.target as NodeSingular;
      const { x, y } = node.position();
      latest.current.onNodeMoved(node.id(), x, y);
    });
    return () => {
      cyRef.current = null;
      cy.destroy();
    };
  }, [appearance]);

  useEffect(() => {
    const cy = cyRef.current;
    if (cy) applyVisibility(cy, visibility);
  }, [visibility]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        const position = positions[node.id()];
        if (position && (node.position('x') !== position.x || node.position('y') !== position.y)) node.position({ ...position });
      });
    });
  }, [positions]);

  return <div ref={containerRef} className="map-canvas" role="img" aria-label={label} data-testid="map" />;
}
