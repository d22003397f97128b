// The arrowhead of a directed alliance: sigma's own (createEdgeArrowHeadProgram, at the target),
// with the visibility texture's check, which sigma's program cannot make.
import type { Attributes } from 'graphology-types';
import { EdgeProgram } from 'sigma/rendering';
import type { EdgeProgramType, ProgramInfo } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData, RenderParams } from 'sigma/types';
import { floatColor } from 'sigma/utils';
import { bindVisibility, LEFT_OUT_POSITION, VISIBILITY_GLSL, VISIBILITY_UNIFORMS } from './visibilityTexture';
import type { VisibilitySlots } from './visibilitySlots';

const VERTEX_SHADER = /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec2 a_position;
attribute vec2 a_normal;
attribute float a_radius;
attribute vec3 a_barycentric;

uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_correctionRatio;
uniform float u_minEdgeThickness;
uniform float u_lengthToThicknessRatio;
uniform float u_widenessToThicknessRatio;
${VISIBILITY_GLSL}
varying vec4 v_color;

const float bias = 255.0 / 254.0;

void main() {
  if (leftOut(a_id)) {
    gl_Position = ${LEFT_OUT_POSITION};
    return;
  }
  float normalLength = length(a_normal);
  vec2 unitNormal = a_normal / normalLength;
  float pixelsThickness = max(normalLength / u_sizeRatio, u_minEdgeThickness);
  float webGLThickness = pixelsThickness * u_correctionRatio;
  float webGLNodeRadius = a_radius * 2.0 * u_correctionRatio / u_sizeRatio;
  float webGLArrowHeadLength = webGLThickness * u_lengthToThicknessRatio * 2.0;
  float webGLArrowHeadThickness = webGLThickness * u_widenessToThicknessRatio;

  float da = a_barycentric.x;
  float db = a_barycentric.y;
  float dc = a_barycentric.z;
  vec2 delta = vec2(
      da * (webGLNodeRadius * unitNormal.y)
    + db * ((webGLNodeRadius + webGLArrowHeadLength) * unitNormal.y + webGLArrowHeadThickness * unitNormal.x)
    + dc * ((webGLNodeRadius + webGLArrowHeadLength) * unitNormal.y - webGLArrowHeadThickness * unitNormal.x),
      da * (-webGLNodeRadius * unitNormal.x)
    + db * (-(webGLNodeRadius + webGLArrowHeadLength) * unitNormal.x + webGLArrowHeadThickness * unitNormal.y)
    + dc * (-(webGLNodeRadius + webGLArrowHeadLength) * unitNormal.x - webGLArrowHeadThickness * unitNormal.y)
  );
  gl_Position = vec4((u_matrix * vec3(a_position + delta, 1)).xy, 0, 1);

  #ifdef PICKING_MODE
  v_color = a_id;
  #else
  v_color = a_color;
  #endif
  v_color.a *= bias;
}
`;

const FRAGMENT_SHADER = /* glsl */ `
precision mediump float;

varying vec4 v_color;

void main(void) {
  gl_FragColor = v_color;
}
`;

const { UNSIGNED_BYTE, FLOAT, TRIANGLES } = WebGLRenderingContext;
const UNIFORMS = [
  'u_matrix',
  'u_sizeRatio',
  'u_correctionRatio',
  'u_minEdgeThickness',
  'u_lengthToThicknessRatio',
  'u_widenessToThicknessRatio',
  ...VISIBILITY_UNIFORMS,
] as const;
type Uniform = (typeof UNIFORMS)[number];

/** Sigma's default wideness (the head's half-width in line widths). */
const WIDENESS_TO_THICKNESS = 2;

export function arrowHeadProgram<N extends Attributes, E extends Attributes, G extends Attributes>(
  lengthToThickness: number,
  visibility: VisibilitySlots,
): EdgeProgramType<N, E, G> {
  return class ArrowHeadProgram extends EdgeProgram<Uniform, N, E, G> {
    getDefinition() {
      return {
        VERTICES: 3,
        VERTEX_SHADER_SOURCE: VERTEX_SHADER,
        FRAGMENT_SHADER_SOURCE: FRAGMENT_SHADER,
        METHOD: TRIANGLES,
        UNIFORMS,
        ATTRIBUTES: [
          { name: 'a_position', size: 2, type: FLOAT },
          { name: 'a_normal', size: 2, type: FLOAT },
          { name: 'a_radius', size: 1, type: FLOAT },
          { name: 'a_color', size: 4, type: UNSIGNED_BYTE, normalized: true },
          { name: 'a_id', size: 4, type: UNSIGNED_BYTE, normalized: true },
        ],
        CONSTANT_ATTRIBUTES: [{ name: 'a_barycentric', size: 3, type: FLOAT }],
        CONSTANT_DATA: [
          [1, 0, 0],
          [0, 1, 0],
          [0, 0, 1],
        ],
      };
    }

    processVisibleItem(
      edgeIndex: number,
      startIndex: number,
      sourceData: NodeDisplayData,
      targetData: NodeDisplayData,
      data: EdgeDisplayData,
    ): void {
      const thickness = data.size || 1;
      const dx = targetData.x - sourceData.x;
      const dy = targetData.y - sourceData.y;
      const squared = dx * dx + dy * dy;
      const scale = squared ? thickness / Math.sqrt(squared) : 0;
      const array = this.array;
      let i = startIndex;
      array[i++] = targetData.x;
      array[i++] = targetData.y;
      array[i++] = dy * scale;
      array[i++] = -dx * scale;
      array[i++] = targetData.size || 1;
      array[i++] = floatColor(data.color);
      array[i++] = edgeIndex;
    }

    setUniforms(params: RenderParams, { gl, uniformLocations }: ProgramInfo<Uniform>): void {
      gl.uniformMatrix3fv(uniformLocations.u_matrix, false, params.matrix);
      gl.uniform1f(uniformLocations.u_sizeRatio, params.sizeRatio);
      gl.uniform1f(uniformLocations.u_correctionRatio, params.correctionRatio);
      gl.uniform1f(uniformLocations.u_minEdgeThickness, params.minEdgeThickness);
      gl.uniform1f(uniformLocations.u_lengthToThicknessRatio, lengthToThickness);
      gl.uniform1f(uniformLocations.u_widenessToThicknessRatio, WIDENESS_TO_THICKNESS);
      bindVisibility(gl, uniformLocations, visibility);
    }
  };
}
