import { SUPPORT_FORMS, type SupportCode } from '../domain/supportForms';
import { THEME } from '../view/theme';

// The look of each form of support on alliances (colour, line style, dashes: THEME.supportForms).
export interface SupportVisual {
  code: SupportCode;
  colour: string;
  /** Cytoscape line-style. */
  lineStyle: 'solid' | 'dashed' | 'dotted';
  /** Cytoscape line-dash-pattern, for dashed lines. */
  dashPattern: number[];
}

export const SUPPORT_VISUALS: readonly SupportVisual[] = SUPPORT_FORMS.map((form) => {
  const look = THEME.supportForms[form.code];
  return { code: form.code, colour: look.colour, lineStyle: look.lineStyle, dashPattern: [...look.dashPattern] };
});

export const NO_SUPPORT_COLOUR = THEME.noSupportColour;
export const MULTI_SUPPORT_COLOUR = THEME.multiSupportColour;

export function supportVisual(code: string): SupportVisual | undefined {
  return SUPPORT_VISUALS.find((visual) => visual.code === code);
}
