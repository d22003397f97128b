// Shared by the bare reference pages of the benchmark: read the data file named by ?data=, and
// tell the bench (scripts/bench/probe.js) when the first frame is drawn.
export interface ReferenceNode {
  id: string;
  label: string;
  x?: number;
  y?: number;
}
export interface ReferenceEdge {
  id: string;
  source: string;
  target: string;
}
export interface ReferenceData {
  nodes: ReferenceNode[];
  edges: ReferenceEdge[];
}

interface BenchProbe {
  readyAt: number | null;
}

export async function loadData(): Promise<ReferenceData> {
  const url = new URLSearchParams(window.location.search).get('data');
  if (!url) throw new Error('reference: no ?data= given');
  const response = await fetch(url);
  return (await response.json()) as ReferenceData;
}

export function container(): HTMLElement {
  const element = document.getElementById('map');
  if (!element) throw new Error('reference: #map is missing');
  return element;
}

export function markReady(): void {
  const probe = (window as unknown as { __bench?: BenchProbe }).__bench;
  if (probe && probe.readyAt === null) probe.readyAt = performance.now();
}
