// node scripts/web-bundle-budget.mjs <dist> <kB>: gzip size of the scripts index.html loads before any route.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const [dist = 'web/dist', budgetKb = '300'] = process.argv.slice(2);
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const scripts = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\/([^"]+\.js)"/g)].map((m) => m[1]);
let total = 0;
for (const file of new Set(scripts)) total += gzipSync(readFileSync(join(dist, file))).length;
const kb = total / 1024;
console.log(`web: initial JS ${kb.toFixed(1)} kB gzip (${scripts.length} file${scripts.length === 1 ? '' : 's'}; budget ${budgetKb} kB)`);
if (kb > Number(budgetKb)) {
  console.error(`web: initial JS over budget`);
  process.exit(1);
}
