import type { Collection, Core } from 'cytoscape';

/**
 * Gives `className` to exactly `wanted`, touching only the elements that gain or lose it, one call
 * per collection: a class change on each of thousands of elements (events, style caches) costs seconds.
 */
export function setClass(cy: Core, className: string, wanted: Collection): void {
  const had = cy.elements(`.${className}`);
  had.difference(wanted).removeClass(className);
  wanted.difference(had).addClass(className);
}
