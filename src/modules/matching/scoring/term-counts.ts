/** Term → occurrence count of one profile's text; cacheable per profile (it does not depend on the corpus). */
export type TermCounts = ReadonlyMap<string, number>;
