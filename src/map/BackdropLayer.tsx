import { THEME } from '../view/theme';
import type { Backdrop } from '../view/types';
import type { ModelView } from './camera';

export const BACKDROP_CLASS = 'map-backdrop';
/** The group the surface moves with the camera. */
export const CAMERA_GROUP_CLASS = 'map-backdrop-camera';

/** The SVG transform putting model coordinates where the camera shows them (the drawings' own mapping). */
export function backdropTransform(view: ModelView, size: { width: number; height: number }): string {
  return `translate(${size.width / 2 - view.x * view.zoom} ${size.height / 2 - view.y * view.zoom}) scale(${view.zoom})`;
}

/**
 * What a geographic arrangement draws behind the actors, in both drawings: the surface moves its
 * group with the camera (useMapSurface). Decorative: the actors and the tables carry the meaning.
 */
export function BackdropLayer({ backdrop }: { backdrop: Backdrop | null }) {
  const look = THEME.geo;
  const { x, y, scale } = backdrop?.transform ?? { x: 0, y: 0, scale: 1 };
  return (
    <svg className={backdrop ? `${BACKDROP_CLASS} is-shown` : BACKDROP_CLASS} aria-hidden="true" data-testid="map-backdrop">
      <g className={CAMERA_GROUP_CLASS}>
        {backdrop && (
          <>
            <g transform={`translate(${x} ${y}) scale(${scale})`}>
              {backdrop.shapes.map((shape, index) => (
                <path key={index} d={shape.d} fill={shape.fill} stroke={shape.fill} strokeWidth={0.6} />
              ))}
            </g>
            {backdrop.boxes.map((box) => (
              <g key={box.label}>
                <rect x={box.x} y={box.y} width={box.width} height={box.height} rx={8} fill={look.boxFill} stroke={look.boxStroke} />
                <text
                  x={box.x + 10}
                  y={box.y + look.labelSize + 4}
                  fontSize={look.labelSize}
                  fill={look.labelColour}
                  fontFamily={THEME.fontFamily}
                >
                  {box.label}
                </text>
              </g>
            ))}
          </>
        )}
      </g>
    </svg>
  );
}
