import { conceptCatalogue } from '../concepts/concept-catalogue';
import { conceptIdOfTerm, isConceptTerm } from '../concepts/concept-matcher';
import type { SparseVector, TextIndex } from './text-index';

/** The concept terms of a vector (term ids ascending, their weights and concept ids). */
interface ConceptPart {
  ids: Int32Array;
  weights: Float32Array;
  conceptIds: string[];
}

const NONE: string[] = [];
Object.freeze(NONE);

/**
 * Concept terms per vector, computed once: a pair then merges two lists of a few concepts instead of two
 * whole vectors (bulk writes explain every stored pair). Vectors are never changed in place (a patched party
 * gets a new one), and a vector's term ids belong to the one text index that made it.
 */
const conceptParts = new WeakMap<SparseVector, ConceptPart>();

function conceptPart(v: SparseVector, text: TextIndex): ConceptPart {
  let part = conceptParts.get(v);
  if (part) return part;
  const at: number[] = [];
  for (let p = 0; p < v.ids.length; p++) if (isConceptTerm(text.term(v.ids[p]))) at.push(p);
  part = {
    ids: Int32Array.from(at, (p) => v.ids[p]),
    weights: Float32Array.from(at, (p) => v.weights[p]),
    conceptIds: at.map((p) => conceptIdOfTerm(text.term(v.ids[p]))),
  };
  conceptParts.set(v, part);
  return part;
}

/** How many shared concepts a match keeps for its explanation. */
export const MAX_SHARED_CONCEPTS = 5;

/**
 * The concepts two texts share, strongest contribution to their cosine first, as catalogue ids. A broader
 * concept is left out when a narrower one it covers is listed ("solid electrolyte" says more than "battery").
 */
export function sharedConcepts(a: SparseVector, b: SparseVector, text: TextIndex, limit = MAX_SHARED_CONCEPTS): string[] {
  const ca = conceptPart(a, text);
  const cb = conceptPart(b, text);
  if (ca.ids.length === 0 || cb.ids.length === 0) return NONE;
  let found: { id: string; product: number }[] | undefined;
  let p = 0;
  let q = 0;
  while (p < ca.ids.length && q < cb.ids.length) {
    const x = ca.ids[p];
    const y = cb.ids[q];
    if (x === y) {
      (found ??= []).push({ id: ca.conceptIds[p], product: ca.weights[p] * cb.weights[q] });
      p++;
      q++;
    } else if (x < y) p++;
    else q++;
  }
  if (!found) return NONE;
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
