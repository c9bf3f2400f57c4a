/**
 * A chart's inline SVG in a built page: what readers of page text (the print list, the search index)
 * skip whole, since it holds most of a chart page's tags and none of its words (titles and tables are
 * outside it). Charts never nest SVG, so the first closing tag ends each one.
 */
export const CHART_SVG = /<svg\b[\s\S]*?<\/svg>/gi;
