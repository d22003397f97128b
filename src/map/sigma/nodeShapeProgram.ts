// The WebGL mode's node, drawn as Cytoscape draws it: the actor's kind as a shape (the same shapes,
// drawn as regular polygons) filled with the kind's colour, a ring of SDG segments (one per goal,
// clockwise from 12 o'clock, the pie's size and hole from the theme) and a border centred on the
// outline (groups: double, its middle third left empty). One triangle per node, everything cut out
// in the fragment shader, so it costs about what sigma's own disc does.
import type { Attributes } from 'graphology-types';
import { NodeProgram } from 'sigma/rendering';
import type { ProgramInfo } from 'sigma/rendering';
import type { NodeDisplayData, RenderParams } from 'sigma/types';
import { floatColor } from 'sigma/utils';
import { rgbOf } from '../../view/colours';
import { THEME } from '../../view/theme';
import { ringSegments, SDG_RGB_TABLE, SDG_TABLE_SIZE } from './sdgRing';
import { bindVisibility, LEFT_OUT_POSITION, VISIBILITY_GLSL, VISIBILITY_UNIFORMS } from './visibilityTexture';
import type { VisibilitySlots } from './visibilitySlots';

/** Display data of our nodes: sigma's, plus the shape, the border, the SDG ring and the opacity. */
export interface ShapeNodeDisplayData extends NodeDisplayData {
  /** Sides of the regular polygon; 0 for a disc. */
  sides?: number;
  /** 1 when a vertex points up (diamond, triangle, pentagon), 0 when an edge is on top. */
  vertexUp?: number;
  borderColor?: string;
  /** Border width as a share of the node's radius (0 for none). */
  border?: number;
  /** 1 for a double border (groups). */
  borderDouble?: number;
  /** The SDG ring (sdgRing.ts): goals as bits, and those resting on readings. */
  sdgMask?: number;
  sdgReading?: number;
  /** Seen at this opacity over the map's background (faded, dimmed); 1 otherwise. */
  opacity?: number;
}

const { sdgRing, reading, webgl, ink } = THEME;
const RING_OUTER = sdgRing.sizePercent / 100;
const RING_INNER = RING_OUTER * (sdgRing.holePercent / 100);
/** The triangle reaches past the outline by this share of the radius, for the border's outer half. */
const MAX_BORDER_SHARE = 1;

const VERTEX_SHADER = /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec4 a_borderColor;
attribute vec2 a_position;
attribute float a_size;
attribute vec4 a_shape;
attribute vec4 a_sdgs;
attribute float a_angle;

uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_correctionRatio;
${VISIBILITY_GLSL}

varying vec4 v_color;
varying vec4 v_borderColor;
varying vec2 v_diffVector;
varying float v_radius;
varying vec4 v_shape;
varying vec4 v_sdgs;

const float bias = 255.0 / 254.0;

void main() {
  if (leftOut(a_id)) {
    gl_Position = ${LEFT_OUT_POSITION};
    return;
  }
  float radius = a_size * u_correctionRatio / u_sizeRatio * 2.0;
  // The triangle's incircle holds the node and its border's outer half.
  float reach = radius * (1.0 + min(a_shape.z, ${MAX_BORDER_SHARE.toFixed(1)}) * 0.5);
  vec2 diffVector = 2.0 * reach * vec2(cos(a_angle), sin(a_angle));
  gl_Position = vec4((u_matrix * vec3(a_position + diffVector, 1)).xy, 0, 1);
  v_diffVector = diffVector;
  v_radius = radius;
  v_shape = a_shape;
  v_sdgs = a_sdgs;
  #ifdef PICKING_MODE
  v_color = a_id;
  v_borderColor = a_id;
  #else
  v_color = a_color;
  v_borderColor = a_borderColor;
  #endif
  v_color.a *= bias;
  v_borderColor.a *= bias;
}
`;

const FRAGMENT_SHADER = /* glsl */ `
precision highp float;

varying vec4 v_color;
varying vec4 v_borderColor;
varying vec2 v_diffVector;
varying float v_radius;
varying vec4 v_shape;
varying vec4 v_sdgs;

uniform float u_correctionRatio;
uniform vec3 u_sdgColours[${SDG_TABLE_SIZE}];
uniform vec3 u_background;
uniform vec3 u_paper;

const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);
const float PI = 3.14159265;

// 1.0 on the outline, below inside: a disc, or a regular polygon whose vertices lie on the circle.
float shapeDistance(vec2 p, vec2 shape) {
  if (shape.x < 2.5) return length(p);
  float sector = 2.0 * PI / shape.x;
  float angle = atan(p.x, p.y) + shape.y * PI / shape.x;
  return cos(floor(0.5 + angle / sector) * sector - angle) * length(p) / cos(PI / shape.x);
}

// The colour of segment 'wanted' (0 first): the goal of the wanted-th bit set in the mask.
vec3 segmentColour(float wanted) {
  float mask = v_sdgs.x;
  float readings = v_sdgs.y;
  float seen = 0.0;
  for (int goal = 0; goal < ${SDG_TABLE_SIZE}; goal++) {
    float bit = mod(mask, 2.0);
    float read = mod(readings, 2.0);
    mask = floor(mask / 2.0);
    readings = floor(readings / 2.0);
    if (bit > 0.5) {
      if (seen == wanted) return read > 0.5 ? mix(u_paper, u_sdgColours[goal], ${reading.opacity.toFixed(2)}) : u_sdgColours[goal];
      seen += 1.0;
    }
  }
  return u_paper;
}

void main(void) {
  vec2 p = v_diffVector / v_radius;
  float d = shapeDistance(p, v_shape.xy);
  // Distance out of the outline in radii, square to the polygon's sides.
  float apothem = v_shape.x < 2.5 ? 1.0 : cos(PI / v_shape.x);
  float outside = (d - 1.0) * apothem;
  float halfBorder = min(v_shape.z, ${MAX_BORDER_SHARE.toFixed(1)}) * 0.5;
  float feather = u_correctionRatio * 2.0 / v_radius;
  #ifdef PICKING_MODE
  gl_FragColor = outside > halfBorder ? transparent : v_color;
  #else
  vec4 colour = v_color;
  float r = length(p);
  float count = v_sdgs.z;
  if (count > 0.5 && r >= ${RING_INNER.toFixed(4)} && r <= ${RING_OUTER.toFixed(4)}) {
    float turn = fract(atan(p.x, p.y) / (2.0 * PI) + 1.0);
    colour = vec4(segmentColour(min(floor(turn * count), count - 1.0)), 1.0);
  }
  if (halfBorder > 0.0 && outside > -halfBorder) {
    colour = v_borderColor;
    if (v_shape.w > 0.5 && abs(outside) < halfBorder / 3.0) colour = transparent;
  }
  // Sigma blends premultiplied colours: the empty gap must stay (0, 0, 0, 0).
  colour.rgb = mix(u_background, colour.rgb, v_sdgs.w) * colour.a;
  float t = clamp((outside - halfBorder + feather) / feather, 0.0, 1.0);
  gl_FragColor = mix(colour, transparent, t);
  #endif
}
`;

const { UNSIGNED_BYTE, FLOAT, TRIANGLES } = WebGLRenderingContext;
const UNIFORMS = [
  'u_sizeRatio',
  'u_correctionRatio',
  'u_matrix',
  'u_sdgColours',
  'u_background',
  'u_paper',
  ...VISIBILITY_UNIFORMS,
] as const;
type Uniform = (typeof UNIFORMS)[number];

const rgb = (colour: string) => (rgbOf(colour) ?? [255, 255, 255]).map((value) => value / 255);
const BACKGROUND = rgb(webgl.background);
const PAPER = rgb(ink.paper);

/** The program, leaving out the actors that `visibility` says are filtered out. */
export function nodeShapeProgram<N extends Attributes = Attributes, E extends Attributes = Attributes, G extends Attributes = Attributes>(
  visibility: VisibilitySlots,
) {
  return class NodeShapeProgram extends NodeProgram<Uniform, N, E, G> {
    getDefinition() {
      return {
        VERTICES: 3,
        VERTEX_SHADER_SOURCE: VERTEX_SHADER,
        FRAGMENT_SHADER_SOURCE: FRAGMENT_SHADER,
        METHOD: TRIANGLES,
        UNIFORMS,
        ATTRIBUTES: [
          { name: 'a_position', size: 2, type: FLOAT },
          { name: 'a_size', size: 1, type: FLOAT },
          { name: 'a_color', size: 4, type: UNSIGNED_BYTE, normalized: true },
          { name: 'a_borderColor', size: 4, type: UNSIGNED_BYTE, normalized: true },
          { name: 'a_shape', size: 4, type: FLOAT },
          { name: 'a_sdgs', size: 4, type: FLOAT },
          { name: 'a_id', size: 4, type: UNSIGNED_BYTE, normalized: true },
        ],
        CONSTANT_ATTRIBUTES: [{ name: 'a_angle', size: 1, type: FLOAT }],
        CONSTANT_DATA: [[0], [(2 * Math.PI) / 3], [(4 * Math.PI) / 3]],
      };
    }

    processVisibleItem(nodeIndex: number, startIndex: number, data: ShapeNodeDisplayData): void {
      const array = this.array;
      let i = startIndex;
      array[i++] = data.x;
      array[i++] = data.y;
      array[i++] = data.size;
      array[i++] = floatColor(data.color);
      array[i++] = floatColor(data.borderColor || data.color);
      array[i++] = data.sides ?? 0;
      array[i++] = data.vertexUp ?? 0;
      array[i++] = data.border ?? 0;
      array[i++] = data.borderDouble ?? 0;
      array[i++] = data.sdgMask ?? 0;
      array[i++] = data.sdgReading ?? 0;
      array[i++] = ringSegments(data.sdgMask ?? 0);
      array[i++] = data.opacity ?? 1;
      array[i++] = nodeIndex;
    }

    setUniforms(params: RenderParams, { gl, uniformLocations }: ProgramInfo<Uniform>): void {
      gl.uniform1f(uniformLocations.u_correctionRatio, params.correctionRatio);
      gl.uniform1f(uniformLocations.u_sizeRatio, params.sizeRatio);
      gl.uniformMatrix3fv(uniformLocations.u_matrix, false, params.matrix);
      gl.uniform3fv(uniformLocations.u_sdgColours, SDG_RGB_TABLE);
      gl.uniform3fv(uniformLocations.u_background, BACKGROUND);
      gl.uniform3fv(uniformLocations.u_paper, PAPER);
      bindVisibility(gl, uniformLocations, visibility);
    }
  };
}
