// Alliances in the WebGL mode with their support form's dash pattern, as Cytoscape draws them:
// sigma's clamped edge (a rectangle stopping short of the target for its arrowhead) with, in the
// fragment shader, the pattern (dash, gap… in model units, like Cytoscape's line-dash-pattern)
// measured along the line from the source. Undirected alliances run to the target's centre.
import type { Attributes } from 'graphology-types';
import { createEdgeCompoundProgram, EdgeProgram } from 'sigma/rendering';
import { arrowHeadProgram } from './arrowHeadProgram';
import type { EdgeProgramType, ProgramInfo } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData, RenderParams } from 'sigma/types';
import { floatColor } from 'sigma/utils';
import { DASH_SLOTS } from './dashSlots';
import { bindVisibility, LEFT_OUT_POSITION, VISIBILITY_GLSL, VISIBILITY_UNIFORMS } from './visibilityTexture';
import type { VisibilitySlots } from './visibilitySlots';

/** Display data of our alliances: sigma's, plus the dash pattern as its six slots (dashSlots). */
export interface DashedEdgeDisplayData extends EdgeDisplayData {
  dash?: readonly number[];
}

const NO_DASH: readonly number[] = [];

/** What the vertex shader hands the fragment shader. */
const VARYINGS = /* glsl */ `
varying vec4 v_color;
varying vec2 v_normal;
varying float v_thickness;
varying float v_feather;
varying float v_along;
varying vec4 v_dashA;
varying vec2 v_dashB;
`;

const VERTEX_SHADER = /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec2 a_normal;
attribute float a_normalCoef;
attribute vec2 a_positionStart;
attribute vec2 a_positionEnd;
attribute float a_positionCoef;
attribute float a_radius;
attribute float a_radiusCoef;
attribute vec4 a_dashA;
attribute vec2 a_dashB;

uniform mat3 u_matrix;
uniform float u_zoomRatio;
uniform float u_sizeRatio;
uniform float u_pixelRatio;
uniform float u_correctionRatio;
uniform float u_minEdgeThickness;
uniform float u_lengthToThicknessRatio;
uniform float u_feather;
${VISIBILITY_GLSL}
${VARYINGS}

const float bias = 255.0 / 254.0;

void main() {
  if (leftOut(a_id)) {
    gl_Position = ${LEFT_OUT_POSITION};
    return;
  }
  float radius = a_radius * a_radiusCoef;
  vec2 normal = a_normal * a_normalCoef;
  vec2 position = a_positionStart * (1.0 - a_positionCoef) + a_positionEnd * a_positionCoef;
  float normalLength = length(normal);
  vec2 unitNormal = normal / normalLength;
  float pixelsThickness = max(normalLength, u_minEdgeThickness * u_sizeRatio);
  float webGLThickness = pixelsThickness * u_correctionRatio / u_sizeRatio;
  // Leave room for the arrowhead (sigma's EdgeClampedProgram); no radius, no room.
  float direction = sign(radius);
  float webGLNodeRadius = direction * radius * 2.0 * u_correctionRatio / u_sizeRatio;
  float webGLArrowHeadLength = webGLThickness * u_lengthToThicknessRatio * 2.0;
  vec2 compensationVector = vec2(-direction * unitNormal.y, direction * unitNormal.x) * (webGLNodeRadius + webGLArrowHeadLength);
  gl_Position = vec4((u_matrix * vec3(position + unitNormal * webGLThickness + compensationVector, 1)).xy, 0, 1);

  // A model unit is 2 * u_correctionRatio / u_sizeRatio here (the sizes' scale): the distance
  // from the source in model units, as Cytoscape measures its dashes.
  float modelLength = length(a_positionEnd - a_positionStart) * u_sizeRatio / (2.0 * u_correctionRatio);
  float drawnLength = modelLength - abs(direction) * (abs(radius) + pixelsThickness * u_lengthToThicknessRatio);
  v_along = a_positionCoef * max(drawnLength, 0.0);
  v_dashA = a_dashA;
  v_dashB = a_dashB;

  v_thickness = webGLThickness / u_zoomRatio;
  v_normal = unitNormal;
  v_feather = u_feather * u_correctionRatio / u_zoomRatio / u_pixelRatio * 2.0;
  #ifdef PICKING_MODE
  v_color = a_id;
  #else
  v_color = a_color;
  #endif
  v_color.a *= bias;
}
`;

const FRAGMENT_SHADER = /* glsl */ `
precision highp float;

${VARYINGS}

const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);

// Whether a point this far along the line falls on a dash of the pattern (always, for none).
bool onDash(float along) {
  float period = v_dashA.x + v_dashA.y + v_dashA.z + v_dashA.w + v_dashB.x + v_dashB.y;
  if (period <= 0.0) return true;
  float at = mod(along, period);
  float end1 = v_dashA.x;
  float start2 = end1 + v_dashA.y;
  float end2 = start2 + v_dashA.z;
  float start3 = end2 + v_dashA.w;
  float end3 = start3 + v_dashB.x;
  return at < end1 || (at >= start2 && at < end2) || (at >= start3 && at < end3);
}

void main(void) {
  #ifdef PICKING_MODE
  gl_FragColor = v_color;
  #else
  if (!onDash(v_along)) {
    gl_FragColor = transparent;
    return;
  }
  float dist = length(v_normal) * v_thickness;
  float t = smoothstep(v_thickness - v_feather, v_thickness, dist);
  gl_FragColor = mix(v_color, transparent, t);
  #endif
}
`;

const { UNSIGNED_BYTE, FLOAT, TRIANGLES } = WebGLRenderingContext;
const UNIFORMS = [
  'u_matrix',
  'u_zoomRatio',
  'u_sizeRatio',
  'u_correctionRatio',
  'u_pixelRatio',
  'u_feather',
  'u_minEdgeThickness',
  'u_lengthToThicknessRatio',
  ...VISIBILITY_UNIFORMS,
] as const;
type Uniform = (typeof UNIFORMS)[number];

/** Sigma's arrowhead length, in line widths: the clamped line and the head must agree. */
const ARROW_LENGTH_TO_THICKNESS = 2.5;

function createDashedEdgeProgram(clamped: boolean, visibility: VisibilitySlots) {
  return class DashedEdgeProgram<
    N extends Attributes = Attributes,
    E extends Attributes = Attributes,
    G extends Attributes = Attributes,
  > extends EdgeProgram<Uniform, N, E, G> {
    getDefinition() {
      return {
        VERTICES: 6,
        VERTEX_SHADER_SOURCE: VERTEX_SHADER,
        FRAGMENT_SHADER_SOURCE: FRAGMENT_SHADER,
        METHOD: TRIANGLES,
        UNIFORMS,
        ATTRIBUTES: [
          { name: 'a_positionStart', size: 2, type: FLOAT },
          { name: 'a_positionEnd', size: 2, type: FLOAT },
          { name: 'a_normal', size: 2, type: FLOAT },
          { name: 'a_color', size: 4, type: UNSIGNED_BYTE, normalized: true },
          { name: 'a_id', size: 4, type: UNSIGNED_BYTE, normalized: true },
          { name: 'a_radius', size: 1, type: FLOAT },
          { name: 'a_dashA', size: 4, type: FLOAT },
          { name: 'a_dashB', size: 2, type: FLOAT },
        ],
        CONSTANT_ATTRIBUTES: [
          { name: 'a_positionCoef', size: 1, type: FLOAT },
          { name: 'a_normalCoef', size: 1, type: FLOAT },
          { name: 'a_radiusCoef', size: 1, type: FLOAT },
        ],
        CONSTANT_DATA: [
          [0, 1, 0],
          [0, -1, 0],
          [1, 1, 1],
          [1, 1, 1],
          [0, -1, 0],
          [1, -1, -1],
        ],
      };
    }

    processVisibleItem(
      edgeIndex: number,
      startIndex: number,
      sourceData: NodeDisplayData,
      targetData: NodeDisplayData,
      data: DashedEdgeDisplayData,
    ): void {
      const thickness = data.size || 1;
      const { x: x1, y: y1 } = sourceData;
      const { x: x2, y: y2 } = targetData;
      const dx = x2 - x1;
      const dy = y2 - y1;
      const squared = dx * dx + dy * dy;
      const scale = squared ? thickness / Math.sqrt(squared) : 0;
      const array = this.array;
      let i = startIndex;
      array[i++] = x1;
      array[i++] = y1;
      array[i++] = x2;
      array[i++] = y2;
      array[i++] = -dy * scale;
      array[i++] = dx * scale;
      array[i++] = floatColor(data.color);
      array[i++] = edgeIndex;
      array[i++] = clamped ? targetData.size || 1 : 0;
      const dash = data.dash ?? NO_DASH;
      for (let slot = 0; slot < DASH_SLOTS; slot += 1) array[i++] = dash[slot] ?? 0;
    }

    setUniforms(params: RenderParams, { gl, uniformLocations }: ProgramInfo<Uniform>): void {
      gl.uniformMatrix3fv(uniformLocations.u_matrix, false, params.matrix);
      gl.uniform1f(uniformLocations.u_zoomRatio, params.zoomRatio);
      gl.uniform1f(uniformLocations.u_sizeRatio, params.sizeRatio);
      gl.uniform1f(uniformLocations.u_correctionRatio, params.correctionRatio);
      gl.uniform1f(uniformLocations.u_pixelRatio, params.pixelRatio);
      gl.uniform1f(uniformLocations.u_feather, params.antiAliasingFeather);
      gl.uniform1f(uniformLocations.u_minEdgeThickness, params.minEdgeThickness);
      gl.uniform1f(uniformLocations.u_lengthToThicknessRatio, ARROW_LENGTH_TO_THICKNESS);
      bindVisibility(gl, uniformLocations, visibility);
    }
  };
}

/** An undirected alliance: a dashed line from centre to centre (left out as `visibility` says). */
export function dashedLineProgram<N extends Attributes, E extends Attributes, G extends Attributes = Attributes>(
  visibility: VisibilitySlots,
): EdgeProgramType<N, E, G> {
  return createDashedEdgeProgram(false, visibility);
}

/** A directed alliance: a dashed line stopping at the target's outline, and sigma's arrowhead. */
export function dashedArrowProgram<N extends Attributes, E extends Attributes, G extends Attributes = Attributes>(
  visibility: VisibilitySlots,
): EdgeProgramType<N, E, G> {
  return createEdgeCompoundProgram<N, E, G>([
    createDashedEdgeProgram(true, visibility),
    arrowHeadProgram<N, E, G>(ARROW_LENGTH_TO_THICKNESS, visibility),
  ]);
}
