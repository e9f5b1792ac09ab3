/**
 * Many bounded min-heaps in flat typed arrays: heap h keeps the k best (score, id) entries offered to it.
 * The root is the worst kept entry, so most offers are rejected by one comparison. Ties go to the lower
 * id, which makes the kept set independent of the order of offers.
 */
export class TopKHeaps {
  readonly scores: Float64Array;
  readonly ids: Int32Array;
  readonly sizes: Int32Array;

  constructor(
    readonly heapCount: number,
    readonly k: number,
  ) {
    this.scores = new Float64Array(heapCount * k);
    this.ids = new Int32Array(heapCount * k);
    this.sizes = new Int32Array(heapCount);
  }

  /**
   * Offers (id, score) to heap h; returns whether it was kept (for now). Kept small so the engine's loop
   * inlines it: most offers to a full heap lose to its root and stop here.
   */
  offer(h: number, id: number, score: number): boolean {
    const k = this.k;
    const base = h * k;
    if (this.sizes[h] === k) {
      const rs = this.scores[base];
      if (k === 0 || score < rs || (score === rs && id > this.ids[base])) return false;
    }
    this.insert(h, id, score);
    return true;
  }

  private insert(h: number, id: number, score: number): void {
    const k = this.k;
    const base = h * k;
    const scores = this.scores;
    const ids = this.ids;
    const size = this.sizes[h];
    if (size < k) {
      // Sift up from the new leaf.
      let i = size;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        const ps = scores[base + parent];
        if (!(score < ps || (score === ps && id > ids[base + parent]))) break;
        scores[base + i] = ps;
        ids[base + i] = ids[base + parent];
        i = parent;
      }
      scores[base + i] = score;
      ids[base + i] = id;
      this.sizes[h] = size + 1;
      return;
    }
    // Replace the root and sift down.
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= k) break;
      let c = l;
      const r = l + 1;
      if (r < k) {
        const ls = scores[base + l];
        const rs = scores[base + r];
        if (rs < ls || (rs === ls && ids[base + r] > ids[base + l])) c = r;
      }
      const cs = scores[base + c];
      if (!(cs < score || (cs === score && ids[base + c] > id))) break;
      scores[base + i] = cs;
      ids[base + i] = ids[base + c];
      i = c;
    }
    scores[base + i] = score;
    ids[base + i] = id;
  }

  /** Heap h's entries, best first (score descending, then id ascending). */
  sorted(h: number): { id: number; score: number }[] {
    const base = h * this.k;
    const out: { id: number; score: number }[] = [];
    for (let i = 0; i < this.sizes[h]; i++) out.push({ id: this.ids[base + i], score: this.scores[base + i] });
    return out.sort((a, b) => b.score - a.score || a.id - b.id);
  }
}
