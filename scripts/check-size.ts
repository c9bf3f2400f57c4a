/**
 * Gate: every page in the sitemap within its gzipped size budget (budgets.json).
 * Usage: node scripts/check-size.ts [dist]
 */
import { readFileSync } from 'node:fs';
import { checkBudgets, type Budgets } from './lib/size.ts';
import { siteFromEnv } from './lib/dist.ts';

const budgets = JSON.parse(readFileSync('budgets.json', 'utf8')) as Budgets;
const { weights, problems } = checkBudgets(siteFromEnv(process.argv[2] ?? 'dist'), budgets);
const heaviest = [...weights].sort((a, b) => b.total - a.total)[0];
const mostJs = [...weights].sort((a, b) => b.js - a.js)[0];
for (const p of problems) console.error(p);
console.log(
  `size: ${weights.length} pages; heaviest ${heaviest?.path} ${heaviest?.total} B (budget ${budgets.pageBytes}); ` +
    `most JS ${mostJs?.path} ${mostJs?.js} B (text pages ${budgets.textPageJsBytes}, chart pages ${budgets.chartPageJsBytes}); ` +
    `${problems.length} over budget`,
);
process.exit(problems.length ? 1 : 0);
