import { Injectable } from '@nestjs/common';
import { SECTORS } from '../../common/domain/sectors';
import { EventsService } from '../events/events.service';
import { conceptCatalogue } from './concepts/concept-catalogue';
import { conceptIdOfTerm, isConceptTerm } from './concepts/concept-matcher';
import { MatchCorpusRepository } from './match-corpus.repository';
import { demandTerms, investorTerms, startupTerms, type TermCounts } from './scoring';

/** Concepts listed per sector in the report. */
const TOP_CONCEPTS = 10;

/** Concept ids a profile mentions itself (weight ≥ 1), and those it reaches through a narrower one too. */
function conceptsOf(terms: TermCounts): { mentioned: string[]; reached: Set<string> } {
  const mentioned: string[] = [];
  const reached = new Set<string>();
  for (const [term, weight] of terms) {
    if (!isConceptTerm(term)) continue;
    const id = conceptIdOfTerm(term);
    reached.add(id);
    if (weight >= 1) mentioned.push(id);
  }
  return { mentioned, reached };
}

/**
 * Which catalogue concepts drive an event: the most mentioned per sector (by its startups, with how many
 * investors and demands covering the sector mention them too), and the concepts corporates ask for in their
 * demands that no startup of the event offers, even through a narrower concept.
 */
@Injectable()
export class ConceptReportService {
  constructor(
    private readonly corpus: MatchCorpusRepository,
    private readonly events: EventsService,
  ) {}

  async report(eventId: string) {
    await this.events.get(eventId);
    const parties = await this.corpus.load(eventId);
    const catalogue = conceptCatalogue();
    const named = (id: string) => {
      const c = catalogue.get(id)!;
      return { id, en: c.en, ko: c.ko };
    };
    const startups = parties.startups.map((s) => ({ sector: s.sector, ...conceptsOf(startupTerms(s)) }));
    const investors = parties.investors.map((i) => ({ sectors: i.sectors, ...conceptsOf(investorTerms(i)) }));
    const demands = parties.demands.map((d) => ({ id: d.id, title: d.title, sectors: d.sectors, ...conceptsOf(demandTerms(d)) }));
    const covers = (sectors: readonly string[], sector: string) => sectors.length === 0 || sectors.includes(sector);

    const sectors = SECTORS.flatMap(({ code, en, ko }) => {
      const own = startups.filter((s) => s.sector === code);
      if (own.length === 0) return [];
      const counts = new Map<string, number>();
      for (const s of own) for (const id of s.mentioned) counts.set(id, (counts.get(id) ?? 0) + 1);
      const top = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, TOP_CONCEPTS);
      return [{
        sector: code, en, ko,
        startups: own.length,
        startupsWithConcepts: own.filter((s) => s.mentioned.length > 0).length,
        topConcepts: top.map(([id, n]) => ({
          ...named(id),
          startups: n,
          investors: investors.filter((i) => covers(i.sectors, code) && i.mentioned.includes(id)).length,
          demands: demands.filter((d) => covers(d.sectors, code) && d.mentioned.includes(id)).length,
        })),
      }];
    });

    const offered = new Set(startups.flatMap((s) => [...s.reached]));
    const unmatched = new Map<string, { id: string; title: string }[]>();
    for (const d of demands) {
      for (const id of d.mentioned) if (!offered.has(id)) unmatched.set(id, [...(unmatched.get(id) ?? []), { id: d.id, title: d.title }]);
    }
    return {
      eventId,
      parties: { startups: startups.length, investors: investors.length, demands: demands.length },
      sectors,
      unmatchedDemandConcepts: [...unmatched]
        .sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))
        .map(([id, list]) => ({ ...named(id), demands: list })),
    };
  }
}
