/**
 * Gate: the chart rules hold on every chart of every built page (scripts/lib/chart-rules.ts):
 * one unit per axis, one meaning per colour on a page, no bar segment without a label or a table
 * row. Usage: node scripts/check-charts.ts [dist]
 */
import { checkSite } from './lib/chart-rules.ts';

const { pages, charts, problems } = checkSite(process.argv[2] ?? 'dist');
for (const p of problems.slice(0, 200)) console.error(p);
console.log(`charts: ${charts} charts on ${pages} pages; ${problems.length} break a chart rule`);
// A site with no chart at all means the walk read the wrong folder, not that every chart passed.
process.exit(problems.length || !charts ? 1 : 0);
