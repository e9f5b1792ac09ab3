/**
 * `q` search: every whitespace-separated term must occur, case-insensitively, as a substring of the stored
 * search text. Substring matching (accelerated by a pg_trgm GIN index) works for Korean, where words glue
 * particles and compounds together (양자 finds 양자컴퓨팅), which PostgreSQL's full-text parsers do not split.
 * Folding happens here, in JS, so results do not depend on the database's locale.
 */
export function searchTextOf(...parts: (string | string[] | null | undefined)[]): string {
  return parts
    .flat()
    .filter((p): p is string => typeof p === 'string' && p.length > 0)
    .join(' \u0001 ')
    .normalize('NFKC')
    .toLowerCase();
}

export function searchTerms(q: string): string[] {
  return q.normalize('NFKC').toLowerCase().split(/\s+/).filter(Boolean).slice(0, 8);
}

/** Escapes LIKE wildcards so a user's `%` or `_` matches literally. */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Adds `AND column LIKE ...` for every term of `q` to a TypeORM query builder. */
export function whereSearch<T extends { andWhere(sql: string, params: object): T }>(qb: T, column: string, q?: string): T {
  searchTerms(q ?? '').forEach((term, i) => qb.andWhere(`${column} LIKE :q${i}`, { [`q${i}`]: likePattern(term) }));
  return qb;
}
