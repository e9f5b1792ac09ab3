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
 * How one top-K list changes when a single party's score against its owner changes, using only the stored
 * list. Everyone not stored scored at most the stored minimum, so the answer is exact except when the party
 * was in a full list and fell below that minimum (or out of it entirely): then the next candidate is unknown.
 */
export function mergeList(stored: readonly ListEntry[], party: string, newScore: number | undefined, k: number): MergeOutcome {
  const wasIn = stored.some((e) => e.id === party);
  const others = stored.filter((e) => e.id !== party);
  const full = stored.length >= k;
  const floor = stored.length ? Math.min(...stored.map((e) => e.score)) : -Infinity;
  if (newScore === undefined) {
    if (!wasIn) return { kind: 'unchanged' };
    return full ? { kind: 'recompute' } : { kind: 'merged', enters: false, dropped: [party] };
  }
  if (wasIn) {
    if (full && newScore < floor) return { kind: 'recompute' };
    return { kind: 'merged', enters: true, dropped: [] };
  }
  if (!full) return { kind: 'merged', enters: true, dropped: [] };
  if (newScore <= floor) return { kind: 'unchanged' };
  // Enters a full list: the lowest stored entry (last one on ties) drops out.
  const lowest = others.reduce((lo, e) => (e.score <= lo.score ? e : lo));
  return { kind: 'merged', enters: true, dropped: [lowest.id] };
}
