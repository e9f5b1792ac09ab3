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
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(?:ss|x|ch|sh)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !/(?:ss|us|is|os|as)$/.test(w)) return w.slice(0, -1);
  return w;
}

const SOFT_SEPARATOR = /^[\s\-‐‑–_/·]*$/u;

export function normalizeConceptText(text: string): string {
  const s = text.normalize('NFKC').toLowerCase();
  let out = '';
  /** Kind of the last token written: 0 none / after a break, 1 Latin word, 2 Hangul run. */
  let last = 0;
  let gap = '';
  let i = 0;
  while (i < s.length) {
    const code = s.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    const hangul = isHangulCode(code);
    if (!hangul && !isWordCode(code)) {
      gap += s.slice(i, i + width);
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
    const word = hangul ? s.slice(i, j) : stemWord(s.slice(i, j));
    if (last !== 0) {
      if (!SOFT_SEPARATOR.test(gap)) out += BREAK;
      else if (!(kind === 2 && last === 2)) out += ' ';
    }
    out += word;
    last = kind;
    gap = '';
    i = j;
  }
  return out;
}
