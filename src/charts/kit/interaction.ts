/**
 * What the server render and the browser enhancement share about marks: the attributes a mark
 * carries and how the arrow keys move between marks. Kept free of DOM and d3 so the browser
 * script stays tiny and these rules can be unit-tested.
 */
import { esc } from './escape.ts';

export const MARK_CLASS = 'mark';

export interface MarkPos {
  /** Row and column; marks in one row are siblings for left/right, one column for up/down. */
  row: number;
  col: number;
}

/**
 * Attributes for a mark: its spoken/tooltip label, its grid position, the table row it matches,
 * and the unit of the axis it is drawn against (none for a mark on no scale).
 */
export function markAttrs(label: string, pos: MarkPos, key: string, unit?: string): string {
  return `class="${MARK_CLASS}" data-label="${esc(label)}" data-row="${pos.row}" data-col="${pos.col}" data-key="${esc(key)}"${unit ? ` data-unit="${esc(unit)}"` : ''}`;
}

/**
 * The index of the mark a key moves to, or -1 when the key is not a navigation key.
 * Left/right: previous/next mark in reading order. Up/down: the nearest mark in the previous/next
 * row (same column if there is one). Home/End: first/last mark.
 */
export function nextMark(marks: readonly MarkPos[], current: number, key: string): number {
  const n = marks.length;
  if (!n) return -1;
  const here = marks[current] ?? marks[0];
  switch (key) {
    case 'ArrowRight':
      return Math.min(n - 1, current + 1);
    case 'ArrowLeft':
      return Math.max(0, current - 1);
    case 'Home':
      return 0;
    case 'End':
      return n - 1;
    case 'ArrowDown':
    case 'ArrowUp': {
      const down = key === 'ArrowDown';
      const rows = [...new Set(marks.map((m) => m.row))].sort((a, b) => a - b);
      const ri = rows.indexOf(here.row) + (down ? 1 : -1);
      if (ri < 0 || ri >= rows.length) return current;
      let best = current;
      let bestD = Infinity;
      marks.forEach((m, i) => {
        if (m.row !== rows[ri]) return;
        const d = Math.abs(m.col - here.col);
        if (d < bestD) [best, bestD] = [i, d];
      });
      return best;
    }
    default:
      return -1;
  }
}
