import type { SectorCode } from '../../../common/domain/sectors';

/** A technology, material, process, application or business term, named in English and Korean. */
export interface Concept {
  /** Stable kebab-case id (stored with matches: never rename one, add a new id instead). */
  id: string;
  /** The field it belongs to, or 'cross' for business, regulatory and IR terms used in every field. */
  sector: SectorCode | 'cross';
  /** Display names. */
  en: string;
  ko: string;
  /** Every English surface form: the name, synonyms, abbreviations and common spellings. */
  enForms: readonly string[];
  /** Every Korean surface form (Korean spellings, including mixed forms such as "AI 반도체"). */
  koForms: readonly string[];
  /** Ids of broader concepts: a text about one of them partly matches this one. */
  broader: readonly string[];
}

/**
 * One sector's concepts as reviewable text, one concept per line:
 *   id | English name; synonym; ABBR; spelling | 한국어 이름; 동의어 | broader-id other-broader-id
 * The first name of each language is its display name; the broader column may be omitted. Lines starting
 * with '#' are comments.
 */
export interface ConceptSheet {
  sector: Concept['sector'];
  lines: string;
}
