/**
 * Text measuring without a DOM: an average glyph width per font size. It errs wide (DejaVu Sans,
 * used for PNGs, is wider than most system UI fonts) so labels never overrun at build.
 */
export const CHAR_EM = 0.6;

export const textWidth = (s: string, size: number, bold = false) => s.length * size * CHAR_EM * (bold ? 1.08 : 1);

/** Greedy word wrap to a width; a single over-long word gets its own line. */
export function wrap(s: string, width: number, size: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of s.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size, bold) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Shortens to fit, ending in an ellipsis. */
export function fit(s: string, width: number, size: number): string {
  if (textWidth(s, size) <= width) return s;
  const n = Math.max(1, Math.floor(width / (size * CHAR_EM)) - 1);
  return s.slice(0, n).trimEnd() + '…';
}
