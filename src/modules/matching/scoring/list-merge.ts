export interface ListEntry {
  id: string;
  score: number;
}

export type MergeOutcome =
  | { kind: 'unchanged' }
  /** The new list is known exactly from the stored one: who joins (with the party) and who drops out. */
  | { kind: 'merged'; enters: boolean; dropped: string[] }
  /** The stored list cannot tell (the party fell below entries that were never stored): recompute it. */
  | { kind: 'recompute' };

/**
 * The order of a top-K list, the same as the batch engine's heaps: higher score first, ties to the lower id
 * (the engine numbers parties in id order), so an incremental merge keeps exactly what a full run would.
 */
export const ranksAbove = (a: ListEntry, b: ListEntry): boolean => a.score > b.score || (a.score === b.score && a.id < b.id);

/**
 * How one top-K list changes when a single party's score against its owner changes, using only the stored
 * list. Everyone not stored ranks below the stored last entry, so the answer is exact except when the party
 * was in a full list and fell below that entry (or out of it entirely): then the next candidate is unknown.
 */
export function mergeList(stored: readonly ListEntry[], party: string, newScore: number | undefined, k: number): MergeOutcome {
  const wasIn = stored.some((e) => e.id === party);
  const full = stored.length >= k;
  const last = stored.length ? stored.reduce((lo, e) => (ranksAbove(lo, e) ? e : lo)) : undefined;
  if (newScore === undefined) {
    if (!wasIn) return { kind: 'unchanged' };
    return full ? { kind: 'recompute' } : { kind: 'merged', enters: false, dropped: [party] };
  }
  const entry = { id: party, score: newScore };
  if (wasIn) {
    if (full && last && last.id !== party && ranksAbove(last, entry)) return { kind: 'recompute' };
    if (full && last && last.id === party && newScore < last.score) return { kind: 'recompute' };
    return { kind: 'merged', enters: true, dropped: [] };
  }
  if (!full) return { kind: 'merged', enters: true, dropped: [] };
  if (!last || ranksAbove(last, entry)) return { kind: 'unchanged' };
  // Enters a full list: the last stored entry drops out.
  return { kind: 'merged', enters: true, dropped: [last.id] };
}
