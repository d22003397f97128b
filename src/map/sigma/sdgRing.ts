// The SDG ring of the WebGL mode as a few numbers per actor: which goals (a bit per goal), which
// of them rest on readings alone (stated=1); the segments are as many as the goals. The colours themselves are
// the domain's (src/domain/sdgs.ts), handed to the node program once as a table.
import { SDGS, sdgByNumber } from '../../domain/sdgs';
import { rgbOf } from '../../view/colours';
import type { ActorAppearance } from '../../view/appearance';
import { readingColour } from '../../view/stated';
import { SDG_SLICES } from '../elements';

export interface SdgRing {
  /** Bit n - 1 set for goal n. */
  sdgMask: number;
  /** The goals among those drawn faded, as resting on readings alone. */
  sdgReading: number;
}

/** Segments drawn, one per goal of the mask: at most Cytoscape's 16 (see sdgRing). */
export function ringSegments(sdgMask: number): number {
  let count = 0;
  // Each step clears the lowest bit set (the mask holds 17 bits at most).
  for (let rest = sdgMask; rest !== 0; rest &= rest - 1) count += 1;
  return count;
}

/** The ring of an actor: its goals in order, as many as Cytoscape's pie draws (an actor with all 17 shows the first 16). */
export function sdgRing(actor: Pick<ActorAppearance, 'sdgs' | 'sdgColours'>): SdgRing {
  let sdgMask = 0;
  let sdgReading = 0;
  let sdgCount = 0;
  actor.sdgs.forEach((sdg, index) => {
    const known = sdgByNumber(sdg);
    if (!known || sdgCount >= SDG_SLICES) return;
    const bit = 2 ** (sdg - 1);
    sdgMask += bit;
    sdgCount += 1;
    const drawn = actor.sdgColours[index];
    if (drawn !== undefined && drawn !== known.colour && drawn === readingColour(known.colour)) sdgReading += bit;
  });
  return { sdgMask, sdgReading };
}

/** The goals' colours in order (goal 1 first), as the node program's uniform table: r, g, b in 0-1. */
export const SDG_RGB_TABLE: Float32Array = new Float32Array(
  SDGS.flatMap((sdg) => (rgbOf(sdg.colour) ?? [153, 153, 153]).map((value) => value / 255)),
);

/** How many goals the table holds (the node program's loop bound). */
export const SDG_TABLE_SIZE = SDGS.length;
