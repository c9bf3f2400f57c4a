/** PNG downloads are drawn at twice the SVG's size (144 dpi), scaled down for very tall charts so
 *  the image stays within the rasteriser's 32,767 px limit. */
export const MAX_PX = 32000;

export function pngDensity(svg: string): number {
  const m = /<svg[^>]*\bwidth="([\d.]+)"[^>]*\bheight="([\d.]+)"/.exec(svg);
  const largest = m ? Math.max(Number(m[1]), Number(m[2])) : 0;
  return largest * 2 > MAX_PX ? Math.floor((72 * MAX_PX) / largest) : 144;
}
