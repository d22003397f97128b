// Cells as text, and the lists people write in one cell.

/**
 * The `'` a spreadsheet export puts before a formula-like text (`'=x`, `'+33…`) is taken off, one
 * only: the app's CSV export guards `'=x` as `''=x` (src/export/csv.ts), which comes back as `'=x`.
 */
const NEUTRALISED = /^'(?='*[=+\-@\t\r])/;

/** A cell as trimmed text; '' for nothing. Numbers keep their JavaScript form (`20000`, `12.5`). */
export function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell.trim().replace(NEUTRALISED, '');
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  if (Array.isArray(cell))
    return cell
      .map(cellText)
      .filter((part) => part !== '')
      .join(' ; ');
  return JSON.stringify(cell);
}

export function isEmptyCell(cell: unknown): boolean {
  return Array.isArray(cell) ? cell.every(isEmptyCell) : cellText(cell) === '';
}

/**
 * The items of a list cell: `13, 17`, `ODD 13 ; ODD 17`, one per line, or `a|b` (Gephi); a list
 * from a graph file as it is. `isItem` lets a piece holding a comma stay whole when it is an item
 * itself (`Industrie, innovation et infrastructure`).
 */
export function listItems(cell: unknown, isItem: (piece: string) => boolean = () => false): string[] {
  if (Array.isArray(cell)) return cell.map(cellText).filter((item) => item !== '');
  const text = cellText(cell);
  if (text === '') return [];
  if (isItem(text)) return [text];
  const items: string[] = [];
  for (const piece of text.split(/[;\n\r|]+/)) {
    const trimmed = piece.trim();
    if (trimmed === '') continue;
    if (isItem(trimmed) || !trimmed.includes(',')) items.push(trimmed);
    else
      items.push(
        ...trimmed
          .split(',')
          .map((part) => part.trim())
          .filter((part) => part !== ''),
      );
  }
  return items;
}
