import { conceptCatalogue } from '../concepts/concept-catalogue';
import { conceptIdOfTerm, isConceptTerm } from '../concepts/concept-matcher';
import type { SparseVector, TextIndex } from './text-index';

/** How many shared concepts a match keeps for its explanation. */
export const MAX_SHARED_CONCEPTS = 5;

/**
 * The concepts two texts share, strongest contribution to their cosine first, as catalogue ids. A broader
 * concept is left out when a narrower one it covers is listed ("solid electrolyte" says more than "battery").
 */
export function sharedConcepts(a: SparseVector, b: SparseVector, text: TextIndex, limit = MAX_SHARED_CONCEPTS): string[] {
  let found: { id: string; product: number }[] | undefined;
  let p = 0;
  let q = 0;
  while (p < a.ids.length && q < b.ids.length) {
    const x = a.ids[p];
    const y = b.ids[q];
    if (x === y) {
      const term = text.term(x);
      if (isConceptTerm(term)) (found ??= []).push({ id: conceptIdOfTerm(term), product: a.weights[p] * b.weights[q] });
      p++;
      q++;
    } else if (x < y) p++;
    else q++;
  }
  if (!found) return [];
  if (found.length === 1) return [found[0].id];
  found.sort((u, v) => v.product - u.product || (u.id < v.id ? -1 : 1));
  const catalogue = conceptCatalogue();
  const covered = new Set<string>();
  for (const { id } of found) {
    const k = catalogue.byId.get(id);
    if (k !== undefined) for (const ancestor of catalogue.ancestorIds(k)) covered.add(ancestor);
  }
  const out: string[] = [];
  for (const f of found) if (!covered.has(f.id) && out.length < limit) out.push(f.id);
  return out;
}
