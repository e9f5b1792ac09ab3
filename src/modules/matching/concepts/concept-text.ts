/**
 * The normal form concept names and profile texts are matched in. NFKC + lower case; Latin words lightly
 * stemmed (batteries → battery, electrolytes → electrolyte); words joined by a space or a hyphen stay one
 * phrase ("solid-state" = "solid state"), other punctuation is a hard break ('|'); Hangul words separated
 * only by spaces or hyphens are joined ("고대역폭 메모리" = "고대역폭메모리"), so a Korean name matches however
 * it is spaced, and as a substring of its run, whatever particle or compound follows (양극재를, 고체전해질의).
 */
const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
export const BREAK = '|';

export function isHangulCode(code: number): boolean {
  return code >= HANGUL_FIRST && code <= HANGUL_LAST;
}

/** Latin letters, digits and other scripts' letters (not Hangul syllables). */
export function isWordCode(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
  return !isHangulCode(code) && WORD_CHAR.test(String.fromCodePoint(code));
}

/** English plural folding, applied the same way to names and texts (so "lens" → "len" is harmless). */
export function stemWord(w: string): string {
  const n = w.length;
  if (n <= 3 || w.charCodeAt(n - 1) !== 0x73) return w; // not ending in "s"
  const c2 = w.charCodeAt(n - 2);
  if (c2 === 0x65 /* e */) {
    if (n > 4 && w.charCodeAt(n - 3) === 0x69 /* i */) return `${w.slice(0, -3)}y`; // batteries → battery
    const c3 = w.charCodeAt(n - 3);
    if (c3 === 0x78 /* x */ || ((c3 === 0x68 /* h */ || c3 === 0x73) && n > 4 && (w.charCodeAt(n - 4) === 0x63 || w.charCodeAt(n - 4) === 0x73))) {
      return w.slice(0, -2); // boxes, patches, meshes, processes
    }
    return w.slice(0, -1);
  }
  // Not: -ss (process), -us (bus), -is (analysis), -os, -as (gas).
  if (c2 === 0x73 || c2 === 0x75 || c2 === 0x69 || c2 === 0x6f || c2 === 0x61) return w;
  return w.slice(0, -1);
}

/** Whitespace, hyphens, underscore, slash and middle dot join words into one phrase; other marks break it. */
function isSoftSeparator(code: number): boolean {
  return (
    code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x2d || code === 0x5f || code === 0x2f ||
    code === 0xb7 || code === 0xa0 || code === 0x2010 || code === 0x2011 || code === 0x2013 || code === 0x3000
  );
}

/**
 * A text in normal form, with where each of its characters came from in `source` (the NFKC, lower-cased
 * input): characters [k] come from source[from[k] .. to[k]), the last character of a word reaching to the
 * word's end (so a stemmed word maps back whole).
 */
export interface NormalizedText {
  text: string;
  source: string;
  from: Int32Array;
  to: Int32Array;
}

export function normalizeConceptText(text: string): string {
  return normalizeWithSource(text, false).text;
}

export function normalizeWithSource(text: string, withMap = true): NormalizedText {
  const s = text.normalize('NFKC').toLowerCase();
  let out = '';
  const from = withMap ? new Int32Array(s.length + 1) : new Int32Array(0);
  const to = withMap ? new Int32Array(s.length + 1) : new Int32Array(0);
  const mark = (at: number, start: number, end: number) => {
    from[at] = start;
    to[at] = end;
  };
  /** Kind of the last token written: 0 none, 1 Latin word, 2 Hangul run. */
  let last = 0;
  let hard = false;
  let i = 0;
  while (i < s.length) {
    const code = s.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    const hangul = isHangulCode(code);
    if (!hangul && !isWordCode(code)) {
      if (!isSoftSeparator(code)) hard = true;
      i += width;
      continue;
    }
    let j = i + width;
    while (j < s.length) {
      const c = s.codePointAt(j)!;
      if (hangul ? !isHangulCode(c) : !isWordCode(c)) break;
      j += c > 0xffff ? 2 : 1;
    }
    const kind = hangul ? 2 : 1;
    if (last !== 0) {
      if (hard || !(kind === 2 && last === 2)) {
        if (withMap) mark(out.length, i, i);
        out += hard ? BREAK : ' ';
      }
    }
    const word = hangul ? s.slice(i, j) : stemWord(s.slice(i, j));
    if (withMap) {
      for (let k = 0; k < word.length; k++) mark(out.length + k, i + k, i + k + 1);
      to[out.length + word.length - 1] = j;
    }
    out += word;
    last = kind;
    hard = false;
    i = j;
  }
  return { text: out, source: s, from: withMap ? from.subarray(0, out.length) : from, to: withMap ? to.subarray(0, out.length) : to };
}
