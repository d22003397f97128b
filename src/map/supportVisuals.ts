import { SUPPORT_FORMS, type SupportCode } from '../domain/supportForms';

// Support forms on edges: a colour and a dash pattern each, so two forms never differ by colour
// alone. Colours are muted to leave saturation to the SDGs.
export interface SupportVisual {
  code: SupportCode;
  colour: string;
  /** Cytoscape line-style. */
  lineStyle: 'solid' | 'dashed' | 'dotted';
  /** Cytoscape line-dash-pattern, for dashed lines. */
  dashPattern: number[];
}

const VISUALS: Record<SupportCode, Omit<SupportVisual, 'code'>> = {
  'direct-funding': { colour: '#8C6D2C', lineStyle: 'solid', dashPattern: [] },
  engineering: { colour: '#4F6A8F', lineStyle: 'dashed', dashPattern: [10, 4] },
  'governance-dialogue': { colour: '#7A5C86', lineStyle: 'dashed', dashPattern: [4, 4] },
  networks: { colour: '#4D7F73', lineStyle: 'dashed', dashPattern: [12, 4, 2, 4] },
  'tools-resources': { colour: '#866049', lineStyle: 'dashed', dashPattern: [6, 3, 2, 3, 2, 3] },
  data: { colour: '#5A7D3C', lineStyle: 'dotted', dashPattern: [] },
  visibility: { colour: '#9A5468', lineStyle: 'dashed', dashPattern: [2, 6] },
};

export const SUPPORT_VISUALS: readonly SupportVisual[] = SUPPORT_FORMS.map((form) => ({ code: form.code, ...VISUALS[form.code] }));

export const NO_SUPPORT_COLOUR = '#A3A8B0';
export const MULTI_SUPPORT_COLOUR = '#4A4F57';

export function supportVisual(code: string): SupportVisual | undefined {
  return SUPPORT_VISUALS.find((visual) => visual.code === code);
}
