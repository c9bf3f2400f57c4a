/**
 * Gate: no broken internal link or anchor, no unsafe external link, sitemap complete.
 * Usage: node scripts/check-links.ts [dist]
 */
import { checkLinks } from './lib/links.ts';
import { siteFromEnv } from './lib/dist.ts';

const { problems, pages, links } = checkLinks(siteFromEnv(process.argv[2] ?? 'dist'));
for (const p of problems) console.error(p);
console.log(`links: ${pages} pages, ${links} links checked, ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
process.exit(problems.length ? 1 : 0);
