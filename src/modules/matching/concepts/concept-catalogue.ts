import type { Concept, ConceptSheet } from './concept.types';
import { normalizeConceptText } from './concept-text';
import { CONCEPT_SHEETS } from './data';

/** Parses the sheets' lines (see ConceptSheet); throws naming the line on a malformed one. */
export function parseSheets(sheets: readonly ConceptSheet[]): Concept[] {
  const concepts: Concept[] = [];
  for (const sheet of sheets) {
    sheet.lines.split('\n').forEach((raw, n) => {
      const line = raw.trim();
      if (!line || line.startsWith('#')) return;
      const cells = line.split('|').map((c) => c.trim());
      if (cells.length < 3 || cells.length > 4) throw new Error(`concept sheet ${sheet.sector}, line ${n + 1}: expected 3 or 4 cells: ${line}`);
      const [id, en, ko, broader = ''] = cells;
      const list = (cell: string) => cell.split(';').map((x) => x.trim()).filter(Boolean);
      const enForms = list(en);
      const koForms = list(ko);
      concepts.push({
        id,
        sector: sheet.sector,
        en: enForms[0] ?? '',
        ko: koForms[0] ?? '',
        enForms,
        koForms,
        broader: broader.split(/\s+/).filter(Boolean),
      });
    });
  }
  return concepts;
}

/** The catalogue with its lookups. Built once per process (see conceptCatalogue). */
export class ConceptCatalogue {
  readonly byId = new Map<string, number>();
  /** broaderOf[k]: indexes of concept k's broader concepts. */
  readonly broaderOf: number[][];

  constructor(readonly concepts: readonly Concept[]) {
    concepts.forEach((c, k) => this.byId.set(c.id, k));
    this.broaderOf = concepts.map((c) => c.broader.map((b) => this.byId.get(b)).filter((k): k is number => k !== undefined));
  }

  get(id: string): Concept | undefined {
    const k = this.byId.get(id);
    return k === undefined ? undefined : this.concepts[k];
  }

  /** Every surface form in normal form with the concepts it names (more than one is a catalogue error). */
  surfaceForms(): Map<string, number[]> {
    const forms = new Map<string, number[]>();
    this.concepts.forEach((c, k) => {
      for (const form of [...c.enForms, ...c.koForms]) {
        const key = normalizeConceptText(form);
        if (!key) continue;
        const owners = forms.get(key) ?? [];
        if (!owners.includes(k)) owners.push(k);
        forms.set(key, owners);
      }
    });
    return forms;
  }

  private ancestorIdCache: (readonly string[])[] | undefined;

  /** Ids of every ancestor of concept k (any depth), computed once for the whole catalogue. */
  ancestorIds(k: number): readonly string[] {
    this.ancestorIdCache ??= this.concepts.map((_, j) => this.ancestors(j, 50).map((a) => this.concepts[a.index].id));
    return this.ancestorIdCache[k];
  }

  /** Every ancestor of concept k with its distance (1 = direct broader), nearest first. */
  ancestors(k: number, maxDepth = 3): { index: number; depth: number }[] {
    const out: { index: number; depth: number }[] = [];
    const seen = new Set([k]);
    let frontier = [k];
    for (let depth = 1; depth <= maxDepth && frontier.length; depth++) {
      const next: number[] = [];
      for (const f of frontier) {
        for (const b of this.broaderOf[f]) {
          if (seen.has(b)) continue;
          seen.add(b);
          next.push(b);
          out.push({ index: b, depth });
        }
      }
      frontier = next;
    }
    return out;
  }
}

let catalogue: ConceptCatalogue | undefined;

/** The repository's catalogue (src/modules/matching/concepts/data). */
export function conceptCatalogue(): ConceptCatalogue {
  return (catalogue ??= new ConceptCatalogue(parseSheets(CONCEPT_SHEETS)));
}
