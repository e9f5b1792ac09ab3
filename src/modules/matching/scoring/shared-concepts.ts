import { conceptCatalogue } from '../concepts/concept-catalogue';
import { conceptIdOfTerm, isConceptTerm } from '../concepts/concept-matcher';
import type { SparseVector, TextIndex } from './text-index';

/** The concept terms of a vector (term ids ascending, their weights and concept ids). */
export interface ConceptPart {
  /** The vector it was made from. */
  vector: SparseVector;
  ids: Int32Array;
  weights: Float32Array;
  conceptIds: string[];
  /** Each concept's catalogue index (-1 when the catalogue lacks it). */
  catalogueIndex: Int32Array;
  /** The catalogue indexes of every ancestor of each concept (a concept the catalogue lacks has none). */
  ancestors: Int32Array[];
}

const NONE: string[] = [];
Object.freeze(NONE);

/**
 * Concept terms per vector, computed once: a pair then merges two lists of a few concepts instead of two
 * whole vectors (bulk writes explain every stored pair). Vectors are never changed in place (a patched party
 * gets a new one), and a vector's term ids belong to the one text index that made it.
 */
const conceptParts = new WeakMap<SparseVector, ConceptPart>();

const NO_ANCESTORS = new Int32Array(0);
let ancestorCache: { catalogue: ReturnType<typeof conceptCatalogue>; byIndex: Int32Array[] } | null = null;

/** The catalogue indexes of concept k's ancestors, computed once per concept. */
function ancestorIndexes(catalogue: ReturnType<typeof conceptCatalogue>, k: number): Int32Array {
  if (k < 0) return NO_ANCESTORS;
  if (ancestorCache?.catalogue !== catalogue) ancestorCache = { catalogue, byIndex: [] };
  return (ancestorCache.byIndex[k] ??= Int32Array.from(catalogue.ancestorIds(k), (id) => catalogue.byId.get(id)!));
}

/** The concept terms of a vector, computed once per vector (callers with slots may keep them by slot too). */
export function conceptPart(v: SparseVector, text: TextIndex): ConceptPart {
  let part = conceptParts.get(v);
  if (part) return part;
  const at: number[] = [];
  for (let p = 0; p < v.ids.length; p++) if (isConceptTerm(text.term(v.ids[p]))) at.push(p);
  const catalogue = conceptCatalogue();
  const conceptIds = at.map((p) => conceptIdOfTerm(text.term(v.ids[p])));
  const catalogueIndex = Int32Array.from(conceptIds, (id) => catalogue.byId.get(id) ?? -1);
  part = {
    vector: v,
    ids: Int32Array.from(at, (p) => v.ids[p]),
    weights: Float32Array.from(at, (p) => v.weights[p]),
    conceptIds,
    catalogueIndex,
    ancestors: Array.from(catalogueIndex, (k) => ancestorIndexes(catalogue, k)),
  };
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
  return sharedConceptsOf(lastPart!, conceptPart(b, text), limit);
}

/** sharedConcepts of two vectors' concept parts (see conceptPart). */
export function sharedConceptsOf(ca: ConceptPart, cb: ConceptPart, limit = MAX_SHARED_CONCEPTS): string[] {
  if (ca.ids.length === 0 || cb.ids.length === 0) return NONE;
  // The shared concepts as positions in ca with their products, kept sorted by insertion (a handful at most).
  // `ca` is spread once into a table by term id (bulk explanations come grouped by it), so each pair looks up
  // cb's concepts only, in the same ascending term order as a merge of the two would meet them.
  if (scattered !== ca) scatter(ca);
  let n = 0;
  for (let q = 0; q < cb.ids.length; q++) {
    const y = cb.ids[q];
    const p = y < positions.length ? positions[y] - 1 : -1;
    if (p >= 0) {
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
    }
  }
  if (n === 0) return NONE;
  if (n === 1) return [ca.conceptIds[foundAt[0]]];
  const out: string[] = [];
  for (let f = 0; f < n && out.length < limit; f++) {
    const k = ca.catalogueIndex[foundAt[f]];
    let covered = false;
    if (k >= 0) for (let g = 0; g < n && !covered; g++) covered = g !== f && ca.ancestors[foundAt[g]].includes(k);
    if (!covered) out.push(ca.conceptIds[foundAt[f]]);
  }
  return out;
}

/** positions[term id] - 1: that concept's position in `scattered` (0: not in it). */
let positions = new Int32Array(0);
let scattered: ConceptPart | null = null;

function scatter(part: ConceptPart): void {
  if (scattered) for (let p = 0; p < scattered.ids.length; p++) positions[scattered.ids[p]] = 0;
  const max = part.ids.length ? part.ids[part.ids.length - 1] : 0;
  if (max >= positions.length) positions = new Int32Array(Math.max(2 * positions.length, max + 1024));
  for (let p = 0; p < part.ids.length; p++) positions[part.ids[p]] = p + 1;
  scattered = part;
}

/** Scratch space of sharedConcepts (single-threaded, not re-entrant). */
const foundProducts: number[] = [];
const foundAt: number[] = [];
