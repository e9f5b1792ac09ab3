/**
 * Query strings that passed validation, by DTO class: the DTO instance that validating a query makes is a pure
 * function of the class and the parsed query (every transform and rule of our query DTOs is), and the same few
 * queries (`?limit=20`) come back thousands of times, so the class-transformer and class-validator work (~5 % of
 * a list request's CPU) is done once per distinct query. Only instances whose fields are all plain values are
 * kept, and each use gets its own copy, so a handler that changes its DTO cannot change the next request's.
 * Failures are never kept: they are validated again (and reported in full) every time. Bounded per class.
 */
export class ValidQueries {
  private readonly byClass = new WeakMap<object, Map<string, object>>();

  constructor(private readonly capacityPerClass = 1_000) {}

  /** The key of a parsed query: its JSON (qs gives strings, arrays and objects only). */
  static keyOf(query: unknown): string {
    return JSON.stringify(query) ?? '';
  }

  /** A fresh copy of the instance validated before for this class and key, or undefined. */
  get(dto: object, key: string): object | undefined {
    const instance = this.byClass.get(dto)?.get(key);
    return instance === undefined ? undefined : copyOf(instance);
  }

  /** Keeps (a copy of) an instance that passed every rule, if all its fields are plain values. */
  remember(dto: object, key: string, instance: unknown): void {
    if (instance === null || typeof instance !== 'object' || !Object.values(instance).every(isPlainValue)) return;
    let known = this.byClass.get(dto);
    if (!known) this.byClass.set(dto, (known = new Map()));
    if (known.size >= this.capacityPerClass && !known.has(key)) known.delete(known.keys().next().value as string);
    known.set(key, copyOf(instance));
  }
}

const isPlainValue = (v: unknown) => v === undefined || v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

/** Same class, same own fields in the same order. */
const copyOf = (instance: object): object => Object.assign(Object.create(Object.getPrototypeOf(instance)), instance);
