import { conceptCatalogue, type ConceptCatalogue } from './concept-catalogue';
import { isHangulCode, isWordCode, normalizeWithSource } from './concept-text';

/** Term keys of concept features start with this (the tokenizer never emits it). */
export const CONCEPT_TERM_PREFIX = '~';
/** Weight of a broader concept relative to the concept mentioned, per level up. */
export const BROADER_DECAY = 0.5;

/** Distinct characters the trie can hold; node × ALPHABET_LIMIT + char stays a small integer. */
const ALPHABET_LIMIT = 4096;

/**
 * Integer → integer map with linear probing in typed arrays: the matcher looks an edge up for nearly every
 * character of every profile, and this is several times faster than a Map there.
 */
class EdgeTable {
  private keys = new Int32Array(1 << 16).fill(-1);
  private values = new Int32Array(1 << 16);
  private size = 0;

  private slot(key: number): number {
    const mask = this.keys.length - 1;
    let i = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
    while (this.keys[i] !== -1 && this.keys[i] !== key) i = (i + 1) & mask;
    return i;
  }

  /** The value of `key`, or -1. */
  get(key: number): number {
    const i = this.slot(key);
    return this.keys[i] === key ? this.values[i] : -1;
  }

  set(key: number, value: number): void {
    if (2 * (this.size + 1) > this.keys.length) this.grow();
    const i = this.slot(key);
    if (this.keys[i] !== key) this.size++;
    this.keys[i] = key;
    this.values[i] = value;
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Int32Array(keys.length * 2).fill(-1);
    this.values = new Int32Array(keys.length * 2);
    this.size = 0;
    keys.forEach((k, i) => k !== -1 && this.set(k, values[i]));
  }
}

/** A concept found in a text: its catalogue index and how often it is mentioned. */
export interface ConceptMention {
  index: number;
  count: number;
}

/**
 * Finds catalogue concepts in free text: a trie over every surface form in normal form (see concept-text),
 * walked from each Latin word start (Latin names must match whole words) and from every Hangul syllable
 * (Korean names match inside longer runs, so particles and compounds do not hide them). Of overlapping
 * matches, one contained in a longer one is dropped: "solid-state battery" is not also "battery".
 */
export class ConceptMatcher {
  /** Dense id of each UTF-16 code unit used by some surface form, -1 for the others. */
  private readonly charIds = new Int32Array(65536).fill(-1);
  private alphabet = 0;
  /** Trie edges: node × ALPHABET_LIMIT + char id → child node, in an open-addressing table (see EdgeTable). */
  private readonly edges = new EdgeTable();
  /** Concept index ending at each node, or -1. */
  private readonly out: number[] = [-1];
  /** Every ancestor of each concept with its depth (see ConceptCatalogue.ancestors), computed once. */
  private readonly ancestorsOf: { index: number; depth: number }[][];

  constructor(readonly catalogue: ConceptCatalogue) {
    for (const [form, owners] of catalogue.surfaceForms()) this.insert(form, owners[0]);
    // Roots (a field's most general concept: semiconductor, robot, AI...) are shared by most profiles of a
    // field; reached only through a narrower concept they add posting work and little discrimination.
    this.ancestorsOf = catalogue.concepts.map((_, k) => catalogue.ancestors(k).filter((a) => catalogue.broaderOf[a.index].length > 0));
  }

  private insert(form: string, concept: number): void {
    let node = 0;
    for (let i = 0; i < form.length; i++) {
      const code = form.charCodeAt(i);
      if (this.charIds[code] < 0) {
        if (this.alphabet === ALPHABET_LIMIT) throw new RangeError('too many distinct characters in concept names');
        this.charIds[code] = this.alphabet++;
      }
      const key = node * ALPHABET_LIMIT + this.charIds[code];
      let child = this.edges.get(key);
      if (child < 0) {
        child = this.out.length;
        this.out.push(-1);
        this.edges.set(key, child);
      }
      node = child;
    }
    this.out[node] = concept;
  }

  /** Concepts mentioned in `text` with their counts, in order of first mention. */
  extract(text: string): ConceptMention[] {
    return this.scan(text, false).mentions;
  }

  /**
   * The concepts of `text` and, with `residual`, the text left when every matched name is cut out (in NFKC,
   * lower case): the words the catalogue does not cover.
   */
  scan(text: string, residual: boolean): { mentions: ConceptMention[]; residual: string } {
    const n = normalizeWithSource(text, residual);
    const s = n.text;
    const counts = new Map<number, number>();
    let rest = '';
    let restFrom = 0;
    // Starts ascend and each keeps its longest match, so a match ending within an earlier one is inside it.
    let maxEnd = -1;
    for (let p = 0; p < s.length; p++) {
      const first = s.charCodeAt(p);
      const word = isWordCode(first);
      if (word ? p > 0 && isWordCode(s.charCodeAt(p - 1)) : !isHangulCode(first)) continue;
      let node = 0;
      let best = -1;
      let bestEnd = 0;
      for (let q = p; q < s.length; q++) {
        const id = this.charIds[s.charCodeAt(q)];
        if (id < 0) break;
        const child = this.edges.get(node * ALPHABET_LIMIT + id);
        if (child < 0) break;
        node = child;
        const concept = this.out[node];
        // A name ending in a Latin letter or digit must end a word; one ending in Hangul may run on.
        if (concept >= 0 && !(q + 1 < s.length && isWordCode(s.charCodeAt(q + 1)) && isWordCode(s.charCodeAt(q)))) {
          best = concept;
          bestEnd = q + 1;
        }
      }
      if (best < 0 || bestEnd <= maxEnd) continue;
      if (residual) {
        // Overlapping matches cut from where the cut so far ends.
        const cutFrom = Math.max(restFrom, n.from[p]);
        rest += `${n.source.slice(restFrom, cutFrom)} `;
        restFrom = Math.max(restFrom, n.to[bestEnd - 1]);
      }
      maxEnd = bestEnd;
      counts.set(best, (counts.get(best) ?? 0) + 1);
    }
    if (residual) rest += n.source.slice(restFrom);
    return { mentions: Array.from(counts, ([index, count]) => ({ index, count })), residual: rest };
  }

  /**
   * Concept features of a text as term weights: 1 + ln(count) for each concept mentioned and, with
   * `broader`, each of its broader concepts up to three levels (but not a field's root concept) at that
   * weight × BROADER_DECAY per level (the largest when reached several ways).
   *
   * Startups are expanded, counterparts are not: a thesis about "batteries" then partly matches a startup
   * about "solid electrolytes" (less than an exact concept), the broad interest covering the specific
   * technology. Expanding one side only keeps the counterparts' inverted index as short as their own
   * mentions, which is what keeps batch scoring fast.
   */
  features(text: string, broader: boolean): Map<string, number> {
    return this.analyse(text, broader, false).features;
  }

  /** features() and, with `residual`, the text the catalogue does not cover (see scan). */
  analyse(text: string, broader: boolean, residual: boolean): { features: Map<string, number>; residual: string } {
    const weights = new Map<number, number>();
    const raise = (k: number, w: number) => {
      if (w > (weights.get(k) ?? 0)) weights.set(k, w);
    };
    const scanned = this.scan(text, residual);
    for (const { index, count } of scanned.mentions) {
      const tf = 1 + Math.log(count);
      raise(index, tf);
      if (broader) for (const { index: a, depth } of this.ancestorsOf[index]) raise(a, tf * BROADER_DECAY ** depth);
    }
    const features = new Map<string, number>();
    for (const [k, w] of weights) features.set(CONCEPT_TERM_PREFIX + this.catalogue.concepts[k].id, w);
    return { features, residual: scanned.residual };
  }
}

let matcher: ConceptMatcher | undefined;

/** The matcher over the repository's catalogue, built on first use (a few ms). */
export function conceptMatcher(): ConceptMatcher {
  return (matcher ??= new ConceptMatcher(conceptCatalogue()));
}

export function isConceptTerm(term: string): boolean {
  return term.charCodeAt(0) === 126; // '~'
}

export function conceptIdOfTerm(term: string): string {
  return term.slice(CONCEPT_TERM_PREFIX.length);
}
