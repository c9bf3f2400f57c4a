/** PNG downloads are drawn at twice the SVG's size (144 dpi), scaled down for very tall charts so
 *  the image stays within the rasteriser's 32,767 px limit (Chromium's canvas has the same limit).
 *  The browser draws them (src/scripts/charts.ts): nothing is rasterised at build. */
export const MAX_PX = 32000;

/** Dots per inch for an SVG of this size (72 dpi = the SVG's own size). */
export function densityFor(width: number, height: number): number {
  const largest = Math.max(width, height);
  return largest * 2 > MAX_PX ? Math.floor((72 * MAX_PX) / largest) : 144;
}

/** The width and height attributes of an SVG file's root element, or zeros. */
export function svgSize(svg: string): { width: number; height: number } {
  const m = /<svg[^>]*\bwidth="([\d.]+)"[^>]*\bheight="([\d.]+)"/.exec(svg);
  return m ? { width: Number(m[1]), height: Number(m[2]) } : { width: 0, height: 0 };
}

export function pngDensity(svg: string): number {
  const { width, height } = svgSize(svg);
  return densityFor(width, height);
}

/** The PNG's size in pixels: the SVG's size at pngDensity, rounded as a rasteriser does. */
export function pngPixels(svg: string): { width: number; height: number } {
  const { width, height } = svgSize(svg);
  const scale = densityFor(width, height) / 72;
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}
