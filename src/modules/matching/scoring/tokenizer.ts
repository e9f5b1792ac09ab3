import { conceptMatcher } from '../concepts/concept-matcher';
import type { TermCounts } from './scoring.types';

/** Function words that match everywhere and mean nothing. Kept tiny on purpose: IDF handles the rest. */
const ENGLISH_STOPWORDS = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'for', 'from', 'in', 'into', 'is', 'it', 'its', 'of', 'on',
  'or', 'our', 'that', 'the', 'this', 'to', 'we', 'with',
]);
/** Stand-alone one-syllable particles and fillers (a space split them off their word). */
const KOREAN_STOPWORDS = new Set(['및', '등', '수', '것', '더', '또', '의', '를', '을', '이', '가', '에', '와', '과', '도', '는', '은', '로']);

const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

function isHangul(code: number): boolean {
  return code >= HANGUL_FIRST && code <= HANGUL_LAST;
}

/** Letters and digits of any script except Hangul syllables (those form their own runs). */
function isWordChar(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
  return !isHangul(code) && WORD_CHAR.test(String.fromCodePoint(code));
}

function pushLatin(word: string, out: string[]): void {
  if (word.length < 2 || ENGLISH_STOPWORDS.has(word) || /^\d+$/.test(word)) return;
  out.push(word);
}

/**
 * A Hangul run yields itself plus its character bigrams, so that compounds and their spaced or inflected
 * forms share terms: 양자컴퓨팅 → 양자컴퓨팅, 양자, 자컴, 컴퓨, 퓨팅; 양자 컴퓨팅을 → 양자, 컴퓨팅을, 컴퓨, 퓨팅, 팅을.
 */
function pushHangul(run: string, out: string[]): void {
  if (run.length === 1) {
    if (!KOREAN_STOPWORDS.has(run)) out.push(run);
    return;
  }
  out.push(run);
  if (run.length === 2) return; // the run is its only bigram
  for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
}

/** NFKC-normalised, lower-cased terms of a text: Latin/digit words and Hangul words with their bigrams. */
export function tokenize(text: string): string[] {
  const s = text.normalize('NFKC').toLowerCase();
  const out: string[] = [];
  let i = 0;
  while (i < s.length) {
    const code = s.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    if (isHangul(code)) {
      let j = i + 1;
      while (j < s.length && isHangul(s.charCodeAt(j))) j++;
      pushHangul(s.slice(i, j), out);
      i = j;
    } else if (isWordChar(code)) {
      let j = i + width;
      while (j < s.length) {
        const c = s.codePointAt(j)!;
        if (!isWordChar(c)) break;
        j += c > 0xffff ? 2 : 1;
      }
      pushLatin(s.slice(i, j), out);
      i = j;
    } else {
      i += width;
    }
  }
  return out;
}

export function termCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of tokenize(text)) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

/**
 * Everything a profile text is matched on: the catalogue concepts it mentions ('~id' keys, with their
 * broader concepts for a startup: `broader`, see ConceptMatcher.features), and the words and Hangul bigrams
 * (termCounts) of what the catalogue does not cover — a name matched as a concept is not counted again as
 * words. Computed once per profile version (MatchCorpusRepository caches it), never per pair.
 */
export function profileTerms(text: string, broader = false): Map<string, number> {
  const { features, residual } = conceptMatcher().analyse(text, broader, true);
  const terms = termCounts(residual);
  for (const [term, weight] of features) terms.set(term, weight);
  return terms;
}

/** The text each side is matched on: a startup's name, description and keywords. */
export function startupDocument(s: { name: string; description: string; keywords: readonly string[] }): string {
  return `${s.name}\n${s.description}\n${s.keywords.join(' , ')}`;
}

/** An investor is matched on its thesis (the firm's name would only add noise). */
export function investorDocument(i: { thesis: string }): string {
  return i.thesis;
}

export function demandDocument(d: { title: string; description: string; keywords: readonly string[] }): string {
  return `${d.title}\n${d.description}\n${d.keywords.join(' , ')}`;
}

export function startupTerms(s: Parameters<typeof startupDocument>[0] & { terms?: TermCounts }): TermCounts {
  return s.terms ?? profileTerms(startupDocument(s), true);
}

export function investorTerms(i: { thesis: string; terms?: TermCounts }): TermCounts {
  return i.terms ?? profileTerms(investorDocument(i));
}

export function demandTerms(d: Parameters<typeof demandDocument>[0] & { terms?: TermCounts }): TermCounts {
  return d.terms ?? profileTerms(demandDocument(d));
}
