import { isConceptTerm } from '../concepts/concept-matcher';
import type { TermCounts } from './term-counts';

/**
 * How much a concept feature outweighs a word or bigram of the same IDF. Concepts carry meaning across
 * languages and spellings, so they lead; words still separate what the catalogue does not cover.
 * Tuned on the relevance set (src/modules/matching/concepts/relevance).
 */
export const CONCEPT_BOOST = 3;

/** L2-normalised TF-IDF vector: term ids ascending, weights aligned. */
export interface SparseVector {
  readonly ids: Int32Array;
  readonly weights: Float32Array;
}

/** Packs a term id and a position (< 2^21 distinct terms per text) into one exactly representable float. */
const POSITION_RANGE = 2 ** 21;

/** Sort keys, reused across documents. */
let scratch = new Float64Array(256);

export const EMPTY_VECTOR: SparseVector = { ids: new Int32Array(0), weights: new Float32Array(0) };

/**
 * Vocabulary and document frequencies of one event's corpus (every startup, investor and demand text).
 * IDF is smoothed, ln(1 + N/df), so a term present everywhere still weighs a little; TF is sublinear,
 * 1 + ln(count), so a repeated keyword cannot dominate. Concept features ('~id', see ConceptMatcher) come
 * with their TF already computed (broader concepts at a fraction) and weigh TF × IDF × CONCEPT_BOOST.
 * Terms unknown to the index are ignored by vectorize.
 *
 * The index is append-only: `addTerms` registers terms seen after the build (profile edits patched into a
 * prepared EventScorer) with `unseenIdf`, and never changes the id or IDF of a known term. So the vector of
 * a text whose terms are all known never changes, and IDFs drift from the true corpus statistics only until
 * the next full build.
 */
export class TextIndex {
  private readonly ids = new Map<string, number>();
  /** Term of each id. */
  private readonly terms: string[] = [];
  /**
   * idfs[0 .. count) are the IDFs of term ids 0 .. count (× CONCEPT_BOOST for concepts); the rest is spare
   * capacity for addTerms.
   */
  private idfs = new Float64Array(0);
  /** 1 for concept terms, whose counts are TF weights already. */
  private linear = new Uint8Array(0);
  private count = 0;
  private defaultIdf = Math.log(2);

  private constructor() {}

  static build(docs: readonly TermCounts[]): TextIndex {
    return TextIndex.buildWithVectors(docs).index;
  }

  /**
   * The index and every corpus document's vector, looking each term up only once. Vectors are views into
   * two flat buffers: thousands of small typed arrays would cost more in allocation and GC than scoring.
   */
  static buildWithVectors(docs: readonly TermCounts[]): { index: TextIndex; vectors: SparseVector[] } {
    const index = new TextIndex();
    let total = 0;
    for (const doc of docs) total += doc.size;
    const termIds = new Int32Array(total);
    const counts = new Float64Array(total);
    const starts = new Int32Array(docs.length + 1);
    const df: number[] = [];
    let n = 0;
    docs.forEach((doc, d) => {
      doc.forEach((count, term) => {
        if (!(count > 0)) return;
        let id = index.ids.get(term);
        if (id === undefined) {
          id = df.length;
          index.ids.set(term, id);
          index.terms.push(term);
          df.push(0);
        }
        df[id]++;
        termIds[n] = id;
        counts[n++] = count;
      });
      starts[d + 1] = n;
    });
    index.linear = Uint8Array.from(index.terms, (t) => (isConceptTerm(t) ? 1 : 0));
    index.idfs = Float64Array.from(df, (k, id) => Math.log(1 + docs.length / k) * (index.linear[id] ? CONCEPT_BOOST : 1));
    index.count = df.length;
    // The IDF of a term found in one document, the highest any term of the corpus can have.
    index.defaultIdf = Math.log(1 + Math.max(1, docs.length));

    const ids = new Int32Array(n);
    const weights = new Float32Array(n);
    const vectors = docs.map((_, d) => {
      const from = starts[d];
      const length = index.weighInto(termIds, counts, from, starts[d + 1], ids, weights);
      return length === 0 ? EMPTY_VECTOR : { ids: ids.subarray(from, from + length), weights: weights.subarray(from, from + length) };
    });
    return { index, vectors };
  }

  /** Number of known terms; term ids are 0 .. size - 1. */
  get size(): number {
    return this.count;
  }

  /**
   * The IDF `addTerms` gives a term unknown at build time: ln(1 + N), that of a term found in a single
   * document of the N-document corpus (the maximum IDF; ln 2 for an empty corpus). A term first seen in an
   * edit is most likely that rare, and a full rebuild would give it about this weight.
   */
  get unseenIdf(): number {
    return this.defaultIdf;
  }

  /**
   * Registers the terms of `counts` (with a count > 0) that the index does not know, each with `unseenIdf`,
   * and returns how many it added. Known terms keep their ids and IDFs.
   */
  addTerms(counts: TermCounts): number {
    let added = 0;
    counts.forEach((count, term) => {
      if (!(count > 0) || this.ids.has(term)) return;
      if (this.count === this.idfs.length) {
        const grown = new Float64Array(Math.max(16, 2 * this.idfs.length));
        grown.set(this.idfs);
        this.idfs = grown;
        const linear = new Uint8Array(grown.length);
        linear.set(this.linear);
        this.linear = linear;
      }
      const concept = isConceptTerm(term);
      this.ids.set(term, this.count);
      this.terms.push(term);
      this.linear[this.count] = concept ? 1 : 0;
      this.idfs[this.count++] = this.defaultIdf * (concept ? CONCEPT_BOOST : 1);
      added++;
    });
    return added;
  }

  termId(term: string): number | undefined {
    return this.ids.get(term);
  }

  /** IDF of a term (× CONCEPT_BOOST for a concept); 0 when unknown. */
  idf(term: string): number {
    const id = this.ids.get(term);
    return id === undefined ? 0 : this.idfs[id];
  }

  /** The term of an id (see termId). */
  term(id: number): string {
    return this.terms[id];
  }

  /** The unnormalised weight of a term with a count in one text (0 when the index does not know it). */
  weight(term: string, count: number): number {
    const id = this.ids.get(term);
    return id === undefined || !(count > 0) ? 0 : this.tf(id, count) * this.idfs[id];
  }

  private tf(id: number, count: number): number {
    return this.linear[id] ? count : 1 + Math.log(count);
  }

  vectorize(counts: TermCounts): SparseVector {
    const termIds = new Int32Array(counts.size);
    const tf = new Float64Array(counts.size);
    let n = 0;
    counts.forEach((count, term) => {
      const id = this.ids.get(term);
      if (id === undefined || !(count > 0)) return;
      termIds[n] = id;
      tf[n++] = count;
    });
    const ids = new Int32Array(n);
    const weights = new Float32Array(n);
    const length = this.weighInto(termIds, tf, 0, n, ids, weights);
    return length === 0 ? EMPTY_VECTOR : { ids, weights };
  }

  /**
   * Writes the TF-IDF vector of the distinct terms termIds[from..to) with their counts into
   * ids/weights[from..), sorted by id and L2-normalised; returns its length (0 when nothing weighs).
   */
  private weighInto(termIds: Int32Array, counts: Float64Array, from: number, to: number, ids: Int32Array, weights: Float32Array): number {
    const n = to - from;
    if (n >= POSITION_RANGE) throw new RangeError(`a text has too many distinct terms (${n})`);
    if (scratch.length < n) scratch = new Float64Array(Math.max(n, 2 * scratch.length));
    // Sort (id, position) keys packed into one float64 natively instead of allocating pairs.
    const keys = scratch.subarray(0, n);
    let norm = 0;
    for (let k = 0; k < n; k++) {
      const w = this.tf(termIds[from + k], counts[from + k]) * this.idfs[termIds[from + k]];
      norm += w * w;
      keys[k] = termIds[from + k] * POSITION_RANGE + k;
    }
    if (norm === 0) return 0;
    keys.sort();
    const scale = 1 / Math.sqrt(norm);
    for (let k = 0; k < n; k++) {
      const position = keys[k] % POSITION_RANGE;
      const id = (keys[k] - position) / POSITION_RANGE;
      ids[from + k] = id;
      weights[from + k] = this.tf(id, counts[from + position]) * this.idfs[id] * scale;
    }
    return n;
  }
}

/**
 * Cosine of two normalised vectors by a merge over ascending ids, summed in term order. The batch engine
 * sums the same products in the same order, so both give bit-identical results. Clamped to [0, 1]
 * (float32 weights can push a self-similarity a hair above 1).
 */
export function cosine(a: SparseVector, b: SparseVector): number {
  const ai = a.ids;
  const bi = b.ids;
  let p = 0;
  let q = 0;
  let dot = 0;
  while (p < ai.length && q < bi.length) {
    const x = ai[p];
    const y = bi[q];
    if (x === y) {
      dot += a.weights[p] * b.weights[q];
      p++;
      q++;
    } else if (x < y) p++;
    else q++;
  }
  return Math.min(1, dot);
}
