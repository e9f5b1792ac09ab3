import { conceptCatalogue } from '../concepts/concept-catalogue';
import { conceptIdOfTerm, isConceptTerm } from '../concepts/concept-matcher';
import type { SparseVector, TextIndex } from './text-index';

/** The concept terms of a vector (term ids ascending, their weights and concept ids). */
interface ConceptPart {
  ids: Int32Array;
  weights: Float32Array;
  conceptIds: string[];
  /** Every catalogue ancestor of each concept (a concept the catalogue lacks has none). */
  ancestors: (readonly string[])[];
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
    ancestors: [],
  };
  const catalogue = conceptCatalogue();
  part.ancestors = part.conceptIds.map((id) => {
    const k = catalogue.byId.get(id);
    return k === undefined ? [] : catalogue.ancestorIds(k);
  });
  conceptParts.set(v, part);
  return part;
}

let lastA: SparseVector | null = null;
let lastPart: ConceptPart | null = null;

/** How many shared concepts a match keeps for its explanation. */
export const MAX_SHARED_CONCEPTS = 5;

/**
 * The concepts two texts share, strongest contribution to their cosine first, as catalogue ids. A broader
 * concept is left out when a narrower one it covers is listed ("solid electrolyte" says more than "battery").
 */
export function sharedConcepts(a: SparseVector, b: SparseVector, text: TextIndex, limit = MAX_SHARED_CONCEPTS): string[] {
  // Bulk explanations come grouped by `a` (one startup against its counterparts): its part is looked up once.
  if (a !== lastA) [lastA, lastPart] = [a, conceptPart(a, text)];
  const ca = lastPart!;
  const cb = conceptPart(b, text);
  if (ca.ids.length === 0 || cb.ids.length === 0) return NONE;
  // The shared concepts as positions in ca with their products, kept sorted by insertion (a handful at most).
  let n = 0;
  let p = 0;
  let q = 0;
  while (p < ca.ids.length && q < cb.ids.length) {
    const x = ca.ids[p];
    const y = cb.ids[q];
    if (x === y) {
      const product = ca.weights[p] * cb.weights[q];
      const id = ca.conceptIds[p];
      let at = n++;
      // Strongest first; equal products by id.
      while (at > 0 && (foundProducts[at - 1] < product || (foundProducts[at - 1] === product && ca.conceptIds[foundAt[at - 1]] > id))) {
        foundProducts[at] = foundProducts[at - 1];
        foundAt[at] = foundAt[at - 1];
        at--;
      }
      foundProducts[at] = product;
      foundAt[at] = p;
      p++;
      q++;
    } else if (x < y) p++;
    else q++;
  }
  if (n === 0) return NONE;
  if (n === 1) return [ca.conceptIds[foundAt[0]]];
  const out: string[] = [];
  for (let f = 0; f < n && out.length < limit; f++) {
    const id = ca.conceptIds[foundAt[f]];
    let covered = false;
    for (let g = 0; g < n && !covered; g++) covered = g !== f && ca.ancestors[foundAt[g]].includes(id);
    if (!covered) out.push(id);
  }
  return out;
}

/** Scratch space of sharedConcepts (single-threaded, not re-entrant). */
const foundProducts: number[] = [];
const foundAt: number[] = [];
