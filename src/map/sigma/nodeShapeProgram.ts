// The WebGL mode's node: the actor's kind as a shape (the same shapes as in Cytoscape, drawn as
// regular polygons) filled with the kind's colour, inside a ring of its first SDG's colour. One
// triangle per node, the shape cut out in the fragment shader, so it costs what sigma's own disc does.
import type { Attributes } from 'graphology-types';
import { NodeProgram } from 'sigma/rendering';
import type { ProgramInfo } from 'sigma/rendering';
import type { NodeDisplayData, RenderParams } from 'sigma/types';
import { floatColor } from 'sigma/utils';
import { THEME } from '../../view/theme';

/** Display data of our nodes: sigma's, plus the ring colour and the shape. */
export interface ShapeNodeDisplayData extends NodeDisplayData {
  /** Colour of the ring (the first SDG), or "" for none. */
  ringColor?: string;
  /** Sides of the regular polygon; 0 for a disc. */
  sides?: number;
  /** 1 when a vertex points up (diamond, triangle, pentagon), 0 when an edge is on top. */
  vertexUp?: number;
}

/** Width of the SDG ring, as a share of the node's radius. */
export const RING_SHARE = THEME.webgl.ringShare;

const VERTEX_SHADER = /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec4 a_ringColor;
attribute vec2 a_position;
attribute float a_size;
attribute vec2 a_shape;
attribute float a_angle;

uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_correctionRatio;

varying vec4 v_color;
varying vec4 v_ringColor;
varying vec2 v_diffVector;
varying float v_radius;
varying vec2 v_shape;

const float bias = 255.0 / 254.0;

void main() {
  float size = a_size * u_correctionRatio / u_sizeRatio * 4.0;
  vec2 diffVector = size * vec2(cos(a_angle), sin(a_angle));
  vec2 position = a_position + diffVector;
  gl_Position = vec4((u_matrix * vec3(position, 1)).xy, 0, 1);
  v_diffVector = diffVector;
  v_radius = size / 2.0;
  v_shape = a_shape;
  #ifdef PICKING_MODE
  v_color = a_id;
  v_ringColor = a_id;
  #else
  v_color = a_color;
  v_ringColor = a_ringColor;
  #endif
  v_color.a *= bias;
  v_ringColor.a *= bias;
}
`;

const FRAGMENT_SHADER = /* glsl */ `
precision highp float;

varying vec4 v_color;
varying vec4 v_ringColor;
varying vec2 v_diffVector;
varying float v_radius;
varying vec2 v_shape;

uniform float u_correctionRatio;

const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);
const float PI = 3.14159265;

// 1.0 on the outline, below inside: a disc, or a regular polygon whose vertices lie on the circle.
float shapeDistance(vec2 p, vec2 shape) {
  if (shape.x < 2.5) return length(p);
  float sector = 2.0 * PI / shape.x;
  float angle = atan(p.x, p.y) + shape.y * PI / shape.x;
  return cos(floor(0.5 + angle / sector) * sector - angle) * length(p) / cos(PI / shape.x);
}

void main(void) {
  float d = shapeDistance(v_diffVector / v_radius, v_shape);
  float feather = u_correctionRatio * 2.0 / v_radius;
  #ifdef PICKING_MODE
  gl_FragColor = d > 1.0 ? transparent : v_color;
  #else
  vec4 inside = (v_ringColor.a > 0.0 && d > 1.0 - ${RING_SHARE.toFixed(2)}) ? v_ringColor : v_color;
  float t = clamp((d - 1.0 + feather) / feather, 0.0, 1.0);
  gl_FragColor = mix(inside, transparent, t);
  #endif
}
`;

const { UNSIGNED_BYTE, FLOAT, TRIANGLES } = WebGLRenderingContext;
const UNIFORMS = ['u_sizeRatio', 'u_correctionRatio', 'u_matrix'] as const;
type Uniform = (typeof UNIFORMS)[number];

export class NodeShapeProgram<
  N extends Attributes = Attributes,
  E extends Attributes = Attributes,
  G extends Attributes = Attributes,
> extends NodeProgram<Uniform, N, E, G> {
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
        { name: 'a_ringColor', size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: 'a_shape', size: 2, type: FLOAT },
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
    array[i++] = floatColor(data.ringColor || 'rgba(0,0,0,0)');
    array[i++] = data.sides ?? 0;
    array[i++] = data.vertexUp ?? 0;
    array[i++] = nodeIndex;
  }

  setUniforms(params: RenderParams, { gl, uniformLocations }: ProgramInfo<Uniform>): void {
    gl.uniform1f(uniformLocations.u_correctionRatio, params.correctionRatio);
    gl.uniform1f(uniformLocations.u_sizeRatio, params.sizeRatio);
    gl.uniformMatrix3fv(uniformLocations.u_matrix, false, params.matrix);
  }
}
