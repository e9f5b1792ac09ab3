import type { PartyTables } from './party-tables';
import type { TextIndex } from './text-index';

/**
 * Counterparts a startup of one sector can match (those listing the sector, plus generalists): investors
 * first, then demands, each in ascending slot, with an inverted index over their text vectors.
 * A startup only ever visits its own sector's list: every other pair is a sector exclusion.
 */
export interface SectorList {
  /** Counterpart slots. */
  members: Int32Array;
  /** members[0 .. demandStart) are investors, the rest demands. */
  demandStart: number;
  /** Term ids below this have postings here; later terms (added to the index since) belong to no member. */
  vocabulary: number;
  /** Postings of term t: offsets[t] .. offsets[t + 1] into postings / postingWeights. */
  offsets: Int32Array;
  /** Position in `members` of the counterpart holding the term. */
  postings: Int32Array;
  postingWeights: Float32Array;
}

/**
 * One SectorList per sector id, built when first needed and dropped when a member changes, plus the
 * per-member scratch buffers the engine accumulates a startup's dot products and scores into.
 */
export class SectorIndex {
  /** By sector id; undefined until built, or after a counterpart of the sector changed. */
  private readonly lists: (SectorList | undefined)[] = [];
  /** Dot products of the startup being scored with each member of its list. */
  acc = new Float64Array(0);
  /** Score × 10 of each member (EXCLUDED for an excluded pair). */
  pairTenths = new Float64Array(0);

  constructor(
    private readonly tables: PartyTables,
    private readonly text: TextIndex,
  ) {}

  /** Drops the lists counterpart c is a member of; they are rebuilt when next needed. */
  invalidateListsOf(c: number): void {
    if (this.tables.generalist[c]) this.lists.fill(undefined);
    else for (const g of this.tables.counterpartSectors[c]) this.lists[g] = undefined;
  }

  listFor(sector: number): SectorList {
    let list = this.lists[sector];
    if (list === undefined) {
      list = this.build(sector);
      this.lists[sector] = list;
      if (this.acc.length < list.members.length) {
        this.acc = new Float64Array(list.members.length);
        this.pairTenths = new Float64Array(list.members.length);
      }
    }
    return list;
  }

  private build(sector: number): SectorList {
    const t = this.tables;
    const members: number[] = [];
    let demandStart = 0;
    for (let kind = 0; kind <= 1; kind++) {
      for (let c = 0; c < t.counterpartSlots; c++) {
        if (t.counterpartLive[c] && t.isDemand[c] === kind && (t.generalist[c] || t.counterpartSectors[c].has(sector))) members.push(c);
      }
      if (kind === 0) demandStart = members.length;
    }

    const vocabulary = this.text.size;
    const offsets = new Int32Array(vocabulary + 1);
    const vectors = t.counterpartVectors;
    for (const c of members) for (const id of vectors[c].ids) offsets[id + 1]++;
    for (let id = 0; id < vocabulary; id++) offsets[id + 1] += offsets[id];
    const fill = offsets.slice(0, vocabulary);
    const postings = new Int32Array(offsets[vocabulary]);
    const postingWeights = new Float32Array(offsets[vocabulary]);
    members.forEach((c, k) => {
      const v = vectors[c];
      for (let p = 0; p < v.ids.length; p++) {
        const at = fill[v.ids[p]]++;
        postings[at] = k;
        postingWeights[at] = v.weights[p];
      }
    });
    return { members: Int32Array.from(members), demandStart, vocabulary, offsets, postings, postingWeights };
  }
}
