// A switch on an edge program: while a layout streams positions, the alliances are left out by one
// check a frame, rather than by a pass of sigma's edge reducer over every alliance each way
// (300 ms at 10,000 actors).
import type { Attributes } from 'graphology-types';
import type { EdgeProgramType } from 'sigma/rendering';
import type { RenderParams } from 'sigma/types';

/** The program, drawing its items only while `drawn()` says so (asked at every frame). */
export function drawnWhile<N extends Attributes, E extends Attributes, G extends Attributes>(
  Program: EdgeProgramType<N, E, G>,
  drawn: () => boolean,
): EdgeProgramType<N, E, G> {
  return class extends Program {
    render(params: RenderParams): void {
      if (drawn()) super.render(params);
    }
  };
}
