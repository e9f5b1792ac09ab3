/**
 * Upper bound on the value of a b-matching with at most `limit` edges:
 *   max Σ w_r x_r  s.t.  Σ_{r ∋ p} x_r ≤ b_p,  Σ_r x_r ≤ limit,  0 ≤ x ≤ 1.
 * By weak LP duality, for ANY prices y_p ≥ 0 and z ≥ 0,
 *   D(y, z) = Σ_p b_p y_p + limit·z + Σ_r max(0, w_r − y_a(r) − y_b(r) − z)
 * is ≥ that maximum (u_r = max(0, …) completes a feasible dual). So the result is a true bound whatever
 * the prices; the search below only makes it tight. For a fixed z, block coordinate descent over the
 * people converges in a few sweeps (each price has a closed form: y_p = the (b_p+1)-th largest residual
 * value of its edges, or 0); D is convex in z, so z is found by golden-section search.
 */
export interface BMatchingProblem {
  persons: number;
  /** Endpoints and value of each edge. */
  a: Int32Array;
  b: Int32Array;
  w: Float64Array;
  /** Edges of person p: adjEdge[adjStart[p] .. adjStart[p+1]). */
  adjStart: Int32Array;
  adjEdge: Int32Array;
  capacity: Int32Array;
  limit: number;
  /** People in the order prices are updated (the side whose capacity binds most should come first). */
  order: Int32Array;
}

const GOLDEN_STEPS = 18;
const JOINT_SWEEPS = 30;

/**
 * The bound D at the best prices found. Block coordinate descent over the people's prices at z = 0, then over the
 * prices and z together (z's exact step is the (limit+1)-th largest residual), which on conference-sized instances
 * already comes within a few millionths of the best z. A golden-section search over z refines that while time is
 * left before `deadline` (ms, performance.now()); whenever it stops, D at the best prices visited is a true bound.
 */
export function bMatchingValueBound(problem: BMatchingProblem, deadline = Infinity): number {
  const { w, limit } = problem;
  const edges = w.length;
  if (edges === 0 || limit <= 0) return 0;
  const solver = new PriceDescent(problem);

  let best = solver.descend(0, 12);
  const bestY = solver.y.slice();
  let bestZ = 0;
  if (edges > limit) {
    const joint = solver.descend(0, JOINT_SWEEPS, true);
    if (joint < best) {
      best = joint;
      bestZ = solver.zValue;
      bestY.set(solver.y);
    }
    // Past the (limit+1)-th largest value, raising z cannot pay: at most `limit` edges still gain from it.
    const sorted = Float64Array.from(w).sort();
    let lo = 0;
    let hi = sorted[edges - 1 - limit];
    const ratio = (Math.sqrt(5) - 1) / 2;
    const at = (z: number): number => {
      solver.y.set(bestY);
      const d = solver.descend(z, 3);
      if (d < best) {
        best = d;
        bestZ = z;
        bestY.set(solver.y);
      }
      return d;
    };
    let x1 = hi - ratio * (hi - lo);
    let x2 = lo + ratio * (hi - lo);
    let f1 = at(x1);
    let f2 = at(x2);
    for (let k = 0; k < GOLDEN_STEPS && performance.now() < deadline; k++) {
      if (f1 <= f2) {
        hi = x2;
        x2 = x1;
        f2 = f1;
        x1 = hi - ratio * (hi - lo);
        f1 = at(x1);
      } else {
        lo = x1;
        x1 = x2;
        f1 = f2;
        x2 = lo + ratio * (hi - lo);
        f2 = at(x2);
      }
    }
    solver.y.set(bestY);
    best = Math.min(best, solver.descend(bestZ, 10, true));
  }
  return best;
}

class PriceDescent {
  readonly y: Float64Array;
  private z = 0;

  /** z at the last point visited (set by `descend`). */
  get zValue(): number {
    return this.z;
  }
  private readonly scratch: Float64Array;

  constructor(private readonly p: BMatchingProblem) {
    this.y = new Float64Array(p.persons);
    let maxDegree = 0;
    for (let q = 0; q < p.persons; q++) maxDegree = Math.max(maxDegree, p.adjStart[q + 1] - p.adjStart[q]);
    this.scratch = new Float64Array(Math.max(maxDegree, p.w.length));
  }

  /** Sweeps of price updates at a given z (and z itself when `freeZ`); returns D at the final prices. */
  descend(z: number, maxSweeps: number, freeZ = false): number {
    const { a, b, w, adjStart, adjEdge, capacity, order, limit } = this.p;
    const y = this.y;
    this.z = z;
    let value = this.dual();
    for (let sweep = 0; sweep < maxSweeps; sweep++) {
      if (freeZ) {
        for (let e = 0; e < w.length; e++) this.scratch[e] = w[e] - y[a[e]] - y[b[e]];
        this.z = this.kthLargest(w.length, limit);
      }
      for (let k = 0; k < order.length; k++) {
        const q = order[k];
        const from = adjStart[q];
        const n = adjStart[q + 1] - from;
        for (let i = 0; i < n; i++) {
          const e = adjEdge[from + i];
          this.scratch[i] = w[e] - y[a[e] === q ? b[e] : a[e]] - this.z;
        }
        y[q] = this.kthLargest(n, capacity[q]);
      }
      // Each exact coordinate step can only lower D, so the last point is the best one visited.
      const next = this.dual();
      const done = next >= value - 1e-9 * Math.max(1, value);
      value = next;
      if (done) break;
    }
    return value;
  }

  private dual(): number {
    const { a, b, w, capacity, limit, persons } = this.p;
    const y = this.y;
    let sum = limit * this.z;
    for (let q = 0; q < persons; q++) sum += capacity[q] * y[q];
    for (let e = 0; e < w.length; e++) sum += Math.max(0, w[e] - y[a[e]] - y[b[e]] - this.z);
    return sum;
  }

  /** The (k+1)-th largest of the first n scratch values, floored at 0; 0 when there are at most k. */
  private kthLargest(n: number, k: number): number {
    if (n <= k) return 0;
    return Math.max(0, select(this.scratch, n, n - 1 - k));
  }
}

/** The value that would sit at index `i` if a[0..n) were sorted ascending (Hoare's selection; reorders a). */
function select(a: Float64Array, n: number, i: number): number {
  let lo = 0;
  let hi = n - 1;
  while (hi - lo > 16) {
    const mid = (lo + hi) >>> 1;
    const pivot = median(a[lo], a[mid], a[hi]);
    let l = lo;
    let h = hi;
    while (l <= h) {
      while (a[l] < pivot) l++;
      while (a[h] > pivot) h--;
      if (l <= h) {
        const x = a[l];
        a[l++] = a[h];
        a[h--] = x;
      }
    }
    if (i <= h) hi = h;
    else if (i >= l) lo = l;
    else return a[i];
  }
  a.subarray(lo, hi + 1).sort();
  return a[i];
}

function median(x: number, y: number, z: number): number {
  return x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
}
