/**
 * A whole-event run's pairs of one startup, each as one number: the counterpart's rank (its index in id order) × 4
 * plus a flag (1: in the startup's top K, 2: in the counterpart's, 0: kept only because it is protected).
 */
export const packPair = (rank: number, flag: 0 | 1 | 2): number => rank * 4 + flag;

/**
 * A startup's packed pairs sorted ascending (so in the pair key's order), each pair once with its flags or-ed
 * together: a pair in both top-K lists, or protected too, comes in two or three times side by side. Merges in place
 * and returns the merged prefix.
 */
export function mergeFlags(sorted: Int32Array): Int32Array {
  let n = 0;
  for (let k = 0; k < sorted.length; k++) {
    const v = sorted[k];
    if (n > 0 && sorted[n - 1] >> 2 === v >> 2) sorted[n - 1] |= v & 3;
    else sorted[n++] = v;
  }
  return sorted.subarray(0, n);
}
