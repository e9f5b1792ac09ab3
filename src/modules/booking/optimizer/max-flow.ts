/** Dinic's maximum flow on integer capacities; small and fast enough for bipartite networks of ~10⁵ arcs. */
export class MaxFlow {
  private readonly head: Int32Array;
  private to: number[] = [];
  private cap: number[] = [];
  private next: number[] = [];

  constructor(private readonly nodes: number) {
    this.head = new Int32Array(nodes).fill(-1);
  }

  addEdge(from: number, to: number, capacity: number): void {
    if (capacity <= 0) return;
    this.push(from, to, capacity);
    this.push(to, from, 0);
  }

  run(source: number, sink: number): number {
    const n = this.nodes;
    const to = Int32Array.from(this.to);
    const cap = Float64Array.from(this.cap);
    const next = Int32Array.from(this.next);
    const level = new Int32Array(n);
    const iter = new Int32Array(n);
    const queue = new Int32Array(n);
    let total = 0;
    for (;;) {
      level.fill(-1);
      level[source] = 0;
      let qh = 0;
      let qt = 0;
      queue[qt++] = source;
      while (qh < qt) {
        const v = queue[qh++];
        for (let e = this.head[v]; e >= 0; e = next[e]) {
          if (cap[e] > 0 && level[to[e]] < 0) {
            level[to[e]] = level[v] + 1;
            queue[qt++] = to[e];
          }
        }
      }
      if (level[sink] < 0) return total;
      iter.set(this.head);
      const dfs = (v: number, limit: number): number => {
        if (v === sink) return limit;
        for (; iter[v] >= 0; iter[v] = next[iter[v]]) {
          const e = iter[v];
          const w = to[e];
          if (cap[e] > 0 && level[w] === level[v] + 1) {
            const pushed = dfs(w, Math.min(limit, cap[e]));
            if (pushed > 0) {
              cap[e] -= pushed;
              cap[e ^ 1] += pushed;
              return pushed;
            }
          }
        }
        return 0;
      };
      for (let f = dfs(source, Infinity); f > 0; f = dfs(source, Infinity)) total += f;
    }
  }

  private push(from: number, to: number, capacity: number): void {
    this.to.push(to);
    this.cap.push(capacity);
    this.next.push(this.head[from]);
    this.head[from] = this.to.length - 1;
  }
}
