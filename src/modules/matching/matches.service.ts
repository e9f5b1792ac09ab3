import { Injectable } from '@nestjs/common';
import type { Caller } from '../../common/auth/auth.decorators';
import { AppError } from '../../common/errors/app-error';
import { pageOf } from '../../common/pagination/pagination';
import { EventsService } from '../events/events.service';
import type { DecisionDto, MatchListQuery } from './matches.dto';
import { MatchesRepository, type MatchRow } from './matches.repository';
import type { MatchSide } from './match.entities';
import type { MatchDemandView, MatchInvestorView, MatchView } from './matches.views';
import type { StartupView } from '../profiles/profiles.views';

const num = (v: unknown) => (v === null || v === undefined ? v : Number(v));
const round1 = (v: number) => Math.round(v * 10) / 10;
const factor = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 1000);

/** The caller's side of a match, or null when the caller is not a party (organizers). */
function sideOf(caller: Caller, row: MatchRow): MatchSide | null {
  if (caller.id === row.startup_id) return 'startup';
  if (caller.id === row.investor_id || caller.id === row.demand_owner_id) return 'counterpart';
  return null;
}

/**
 * Privacy rules in one place: a decision and its note are seen by their author and organizers only; the other
 * side learns only `mutual`. Deck links go to the startup itself, organizers and investors matched to it.
 */
export function toMatchView(row: MatchRow, caller: Caller): MatchView {
  const side = sideOf(caller, row);
  const s = row.s;
  const withDeck = caller.role === 'organizer' || side === 'startup' || (side === 'counterpart' && row.investor_id !== null);
  const mine = side === 'startup' ? 'startup' : side === 'counterpart' ? 'counterpart' : null;
  return {
    id: row.id,
    eventId: row.event_id,
    kind: row.investor_id ? 'investor' : 'demand',
    score: round1(row.score),
    breakdown: {
      sector: factor(row.f_sector), stage: factor(row.f_stage), ticket: factor(row.f_ticket),
      geography: factor(row.f_geography), trl: factor(row.f_trl), text: factor(row.f_text),
    },
    excluded: row.excluded,
    startup: {
      accountId: row.startup_id, name: s.name, sector: s.sector, stage: s.stage, country: s.country, trl: s.trl,
      fundingAsk: { amount: num(s.funding_ask_amount), currency: s.funding_ask_currency },
      foundedYear: s.founded_year, employees: s.employees, keywords: s.keywords, description: s.description,
      ...(withDeck ? { deckUrl: s.deck_url ?? null } : {}),
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
    myDecision: mine ? row[`${mine}_decision`] : null,
    ...(mine ? { myNote: row[`${mine}_note`], myReason: row[`${mine}_reason`] } : {}),
    mutual: row.startup_decision === 'interested' && row.counterpart_decision === 'interested',
    ...(caller.role === 'organizer'
      ? {
          decisions: {
            startup: row.startup_decision ? { decision: row.startup_decision, note: row.startup_note, reason: row.startup_reason } : null,
            counterpart: row.counterpart_decision ? { decision: row.counterpart_decision, note: row.counterpart_note, reason: row.counterpart_reason } : null,
          },
        }
      : {}),
  };
}

@Injectable()
export class MatchesService {
  constructor(
    private readonly matches: MatchesRepository,
    private readonly events: EventsService,
  ) {}

  async list(caller: Caller, eventId: string, query: MatchListQuery) {
    await this.events.get(eventId);
    const { rows, total } = await this.matches.listVisible(caller, eventId, query);
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

  async decide(caller: Caller, matchId: string, dto: DecisionDto) {
    const row = await this.visible(caller, matchId);
    const side = sideOf(caller, row);
    if (!side) throw AppError.forbidden('Only the two parties of a match decide on it');
    if (dto.reason && dto.decision !== 'declined') throw AppError.invalid('reason', 'reason is only allowed with decision = declined');
    await this.matches.saveDecision(row.event_id, matchId, side, caller.id, {
      decision: dto.decision, note: dto.note ?? null, reason: dto.reason ?? null,
    });
    return this.get(caller, matchId);
  }

  async declineReport(eventId: string) {
    await this.events.get(eventId);
    return { items: await this.matches.declineReasons(eventId) };
  }
}
