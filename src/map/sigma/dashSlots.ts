// A dash pattern as the dashed edge program's attributes (kept apart from the program: no WebGL here).

/** The shader holds patterns of up to 6 numbers (three dashes and their gaps). */
export const DASH_SLOTS = 6;

/** A pattern as the shader's six slots: odd ones repeated (as canvas' setLineDash does), the rest 0. */
export function dashSlots(dash: readonly number[] = []): number[] {
  const even = dash.length % 2 === 1 ? [...dash, ...dash] : [...dash];
  const slots = even.slice(0, DASH_SLOTS).map((value) => Math.max(0, value));
  while (slots.length < DASH_SLOTS) slots.push(0);
  return slots;
}
