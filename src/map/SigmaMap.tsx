import { createSigmaAdapter } from './sigma/sigmaAdapter';
import type { MapRendererProps } from './mapHandle';
import { useMapSurface } from './useMapSurface';

export function SigmaMap(props: MapRendererProps) {
  const surface = useMapSurface(props, createSigmaAdapter);
  return <div {...surface} data-renderer="webgl" />;
}
