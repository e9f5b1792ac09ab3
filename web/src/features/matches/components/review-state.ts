/** View logic of pitch review, kept pure for tests. */

export interface Reviewable {
  id: string;
  myDecision: string | null;
}

export function reviewedCount(items: Reviewable[]): number {
  return items.filter((m) => m.myDecision !== null).length;
}

/** Where review starts: the first match without a decision, else the first. */
export function firstUndecided(items: Reviewable[]): number {
  const i = items.findIndex((m) => m.myDecision === null);
  return i === -1 ? 0 : i;
}

/** J/K: one step, clamped to the list. */
export function step(index: number, delta: 1 | -1, length: number): number {
  if (length === 0) return 0;
  return Math.min(length - 1, Math.max(0, index + delta));
}

/** After a decision: the next undecided match after this one (wrapping), else the next one. */
export function afterDecision(items: Reviewable[], index: number): number {
  for (let k = 1; k <= items.length; k++) {
    const j = (index + k) % items.length;
    if (items[j].myDecision === null && j !== index) return j;
  }
  return step(index, 1, items.length);
}
