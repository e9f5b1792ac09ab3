import { Injectable } from '@nestjs/common';
import type { Caller } from '../../common/auth/auth.decorators';
import { AppError } from '../../common/errors/app-error';
import { pageOf } from '../../common/pagination/pagination';
import { EventsService } from '../events/events.service';
import type { DecisionDto, MatchListQuery } from './matches.dto';
import { decidingSide, seesMatchDeck, visibleDecisions } from './match-access';
import { explainMatch } from './match-explanation';
import { MatchesRepository, type MatchRow } from './matches.repository';
import type { MatchDemandView, MatchInvestorView, MatchView } from './matches.views';
import type { StartupView } from '../profiles/profiles.views';

const num = (v: unknown) => (v === null || v === undefined ? v : Number(v));
const round1 = (v: number) => Math.round(v * 10) / 10;
const factor = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 1000);

/** The words of a read match: its one place on the read path (how explanations are stored may change). */
export function explanationOf(row: MatchRow, breakdown: MatchView['breakdown']): MatchView['explanation'] {
  const s = row.s;
  return explainMatch({
    kind: row.investor_id ? 'investor' : 'demand',
    breakdown,
    excluded: row.excluded,
    sharedConcepts: row.shared_concepts ?? [],
    startup: { sector: s.sector as string, stage: s.stage as string, country: s.country as string, trl: s.trl as number },
    minTrl: (row.d?.min_trl as number | null | undefined) ?? null,
  });
}

/** A match as the caller may see it; what is private to whom is decided in `match-access.ts`. */
export function toMatchView(row: MatchRow, caller: Caller): MatchView {
  const s = row.s;
  const breakdown = {
    sector: factor(row.f_sector), stage: factor(row.f_stage), ticket: factor(row.f_ticket),
    geography: factor(row.f_geography), trl: factor(row.f_trl), text: factor(row.f_text),
  };
  return {
    id: row.id,
    eventId: row.event_id,
    kind: row.investor_id ? 'investor' : 'demand',
    score: round1(row.score),
    breakdown,
    excluded: row.excluded,
    explanation: explanationOf(row, breakdown),
    startup: {
      accountId: row.startup_id, name: s.name, sector: s.sector, stage: s.stage, country: s.country, trl: s.trl,
      fundingAsk: { amount: num(s.funding_ask_amount), currency: s.funding_ask_currency },
      foundedYear: s.founded_year, employees: s.employees, keywords: s.keywords, description: s.description,
      ...(seesMatchDeck(caller, row) ? { deckUrl: s.deck_url ?? null } : {}),
    } as StartupView, // row.s is the profile row as JSON
    investor: row.i
      ? {
          accountId: row.investor_id, firm: row.i.firm, sectors: row.i.sectors, stages: row.i.stages,
          ticketMin: { amount: num(row.i.ticket_min_amount), currency: row.i.ticket_min_currency },
          ticketMax: { amount: num(row.i.ticket_max_amount), currency: row.i.ticket_max_currency },
          countries: row.i.countries, thesis: row.i.thesis,
        } as MatchInvestorView
      : null,
    demand: row.d
      ? {
          id: row.demand_id, title: row.d.title, description: row.d.description, sectors: row.d.sectors,
          keywords: row.d.keywords, minTrl: row.d.min_trl, collaboration: row.d.collaboration, deadline: row.d.deadline,
          owner: { accountId: row.demand_owner_id, company: row.demand_company },
        } as MatchDemandView
      : null,
    ...visibleDecisions(caller, row),
  };
}

@Injectable()
export class MatchesService {
  constructor(
    private readonly matches: MatchesRepository,
    private readonly events: EventsService,
  ) {}

  async list(caller: Caller, eventId: string, query: MatchListQuery) {
    const { rows, total } = await this.matches.listVisible(caller, eventId, query);
    // A match belongs to an existing event (foreign key): only an empty page leaves the event's existence open.
    if (rows.length === 0) await this.events.get(eventId);
    return pageOf(rows.map((r) => toMatchView(r, caller)), total, query);
  }

  async get(caller: Caller, matchId: string) {
    return toMatchView(await this.visible(caller, matchId), caller);
  }

  async visible(caller: Caller, matchId: string): Promise<MatchRow> {
    const row = await this.matches.findVisible(caller, matchId);
    if (!row) throw AppError.notFound('Match');
    return row;
  }

  /** `row` is the match the route's guard loaded (visible to the caller). */
  async decide(caller: Caller, row: MatchRow, dto: DecisionDto) {
    const side = decidingSide(caller, row);
    if (dto.reason && dto.decision !== 'declined') throw AppError.invalid('reason', 'reason is only allowed with decision = declined');
    await this.matches.saveDecision(row.event_id, row.id, side, caller.id, {
      decision: dto.decision, note: dto.note ?? null, reason: dto.reason ?? null,
    });
    return this.get(caller, row.id);
  }

  async declineReport(eventId: string) {
    await this.events.get(eventId);
    return { items: await this.matches.declineReasons(eventId) };
  }
}
