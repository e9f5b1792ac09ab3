/**
 * `npm run bench -- relevance`: cross-language and same-language ranking quality on the repository's
 * relevance set (src/modules/matching/concepts/relevance), before (words and Hangul bigrams only) and after
 * (with the concept catalogue).
 */
import { evaluateRelevance, type RankQuality } from '../src/modules/matching/concepts/relevance/relevance';
import { relevanceSet } from '../src/modules/matching/concepts/relevance/relevance-set';

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
const show = (q: RankQuality) => `top-1 ${pct(q.top1).padStart(7)}   MRR ${q.mrr.toFixed(3)}   (${q.queries} queries)`;

export async function run(): Promise<void> {
  const set = relevanceSet();
  const fields = new Set(set.startups.map((s) => s.sector)).size;
  const subfields = new Set(set.startups.map((s) => s.subfield)).size;
  console.log(
    `\nRelevance set: ${set.startups.length} startups + ${set.investors.length} investors, ${fields} fields × ${subfields / fields} subfields;` +
      ' each query ranks the other side of its field in one language (targets: cross ≥ 90 %, same ≥ 95 %)',
  );
  for (const [label, concepts] of [['before (words + bigrams)', false], ['after (+ concept catalogue)', true]] as const) {
    const report = evaluateRelevance(set, { concepts });
    console.log(`  ${label}`);
    console.log(`    cross-language  ${show(report.crossLanguage)}`);
    console.log(`    same-language   ${show(report.sameLanguage)}`);
  }
}
