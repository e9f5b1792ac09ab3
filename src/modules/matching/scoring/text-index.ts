import type { TermCounts } from './scoring.types';

/** L2-normalised TF-IDF vector: term ids ascending, weights aligned. */
export interface SparseVector {
  readonly ids: Int32Array;
  readonly weights: Float32Array;
}

/** Packs a term id and a position (< 2^21 distinct terms per text) into one exactly representable float. */
const POSITION_RANGE = 2 ** 21;

export const EMPTY_VECTOR: SparseVector = { ids: new Int32Array(0), weights: new Float32Array(0) };

/**
 * Vocabulary and document frequencies of one event's corpus (every startup, investor and demand text).
 * IDF is smoothed, ln(1 + N/df), so a term present everywhere still weighs a little; TF is sublinear,
 * 1 + ln(count), so a repeated keyword cannot dominate. Terms unknown to the corpus are ignored.
 */
export class TextIndex {
  private readonly ids = new Map<string, number>();
  private readonly idfs: Float64Array;

  private constructor(docs: readonly TermCounts[]) {
    const df: number[] = [];
    for (const doc of docs) {
      for (const term of doc.keys()) {
        let id = this.ids.get(term);
        if (id === undefined) {
          id = df.length;
          this.ids.set(term, id);
          df.push(0);
        }
        df[id]++;
      }
    }
    this.idfs = Float64Array.from(df, (n) => Math.log(1 + docs.length / n));
  }

  static build(docs: readonly TermCounts[]): TextIndex {
    return new TextIndex(docs);
  }

  get size(): number {
    return this.idfs.length;
  }

  termId(term: string): number | undefined {
    return this.ids.get(term);
  }

  idf(term: string): number {
    const id = this.ids.get(term);
    return id === undefined ? 0 : this.idfs[id];
  }

  vectorize(counts: TermCounts): SparseVector {
    if (counts.size >= POSITION_RANGE) throw new RangeError(`a text has too many distinct terms (${counts.size})`);
    // Sort (id, position) keys packed into one float64 natively instead of allocating pairs.
    const keys = new Float64Array(counts.size);
    const raw = new Float64Array(counts.size);
    let n = 0;
    for (const [term, count] of counts) {
      const id = this.ids.get(term);
      if (id === undefined || count <= 0) continue;
      raw[n] = (1 + Math.log(count)) * this.idfs[id];
      keys[n] = id * POSITION_RANGE + n;
      n++;
    }
    const sorted = keys.subarray(0, n).sort();
    let norm = 0;
    for (let k = 0; k < n; k++) norm += raw[k] * raw[k];
    if (norm === 0) return EMPTY_VECTOR;
    const scale = 1 / Math.sqrt(norm);
    const ids = new Int32Array(n);
    const weights = new Float32Array(n);
    for (let k = 0; k < n; k++) {
      const position = sorted[k] % POSITION_RANGE;
      ids[k] = (sorted[k] - position) / POSITION_RANGE;
      weights[k] = raw[position] * scale;
    }
    return { ids, weights };
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
