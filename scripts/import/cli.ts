/**
 * npm run import -- <folder of official files> [--out DIR]
 * Imports DfE and Ofsted files into data/official/ (or DIR). Exit status 1 with the file,
 * row and column on any problem; the output folder is then left untouched.
 */
import { runImport } from './index.ts';
import { ImportError } from './errors.ts';

const args = process.argv.slice(2);
let out = 'data/official';
const rest: string[] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--out') {
    if (!args[i + 1]) {
      console.error('--out needs a folder');
      process.exit(2);
    }
    out = args[++i];
  } else if (args[i].startsWith('--out=')) out = args[i].slice(6);
  else rest.push(args[i]);
}
if (rest.length !== 1) {
  console.error('usage: npm run import -- <folder of official files> [--out DIR]');
  process.exit(2);
}
try {
  const s = runImport(rest[0], out);
  console.log(`Imported into ${s.outDir}:`);
  for (const [f, n] of Object.entries(s.rowsRead)) console.log(`  read ${n} rows from ${f}`);
  for (const [d, n] of Object.entries(s.observations)) console.log(`  observations/${d}.json: ${n} observations`);
  console.log(`  ${s.revisions} revisions, ${s.notes} notes`);
  console.log(`  areas: ${s.areas.councils} councils (${s.areas.replaced} replaced), ${s.areas.regions} regions, ${s.areas.constituencies} constituencies`);
  console.log(`  council-shapes.topo.json: ${s.shapes.councils} council shapes, ${s.shapes.regions} region shapes`);
  console.log(`  neighbours.json: ${s.neighbours} councils; inspections.json: ${s.inspections} councils`);
  console.log(`  polarity: ${s.polarity.stated} of ${s.polarity.matched} measures matched to LAIT have one stated by DfE`);
  for (const [d, n] of Object.entries(s.councilsWith)) console.log(`  councils with ${d}: ${n}`);
  const total = Object.values(s.files).reduce((a, b) => a + b, 0);
  console.log(`  ${Object.keys(s.files).length} files, ${(total / 1e6).toFixed(2)} MB`);
} catch (e) {
  if (e instanceof ImportError) {
    console.error(`Import refused: ${e.message}`);
    process.exit(1);
  }
  throw e;
}
