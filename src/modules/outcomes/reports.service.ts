import { Injectable } from '@nestjs/common';
import { toCsv } from '../../common/csv/csv';
import { pageOf, type PageQuery } from '../../common/pagination/pagination';
import { EventsService } from '../events/events.service';
import { formatInZone } from '../events/event-grid';
import { FOLLOW_UP_KINDS } from './attendance-rules';
import { FUNNEL_STAGES, ReportsRepository, type FunnelCounts } from './reports.repository';

const num = (s: string | null) => (s === null ? 0 : Number(s));

/** Organizer reports for the post-event account: the funnel, outcomes, no-shows. JSON or CSV. */
@Injectable()
export class ReportsService {
  constructor(
    private readonly reports: ReportsRepository,
    private readonly events: EventsService,
  ) {}

  async funnel(eventId: string) {
    const event = await this.events.get(eventId);
    const rows = await this.reports.funnel(eventId);
    const overall = rows.find((r) => r.scope === 'overall')?.counts ?? (Object.fromEntries(FUNNEL_STAGES.map((s) => [s, 0])) as FunnelCounts);
    return {
      eventId, generatedAt: formatInZone(new Date(), event.timezone), stages: [...FUNNEL_STAGES],
      unit: 'match',
      overall,
      bySector: rows.filter((r) => r.scope === 'sector').map((r) => ({ sector: r.key!, ...r.counts })),
      byCountry: rows.filter((r) => r.scope === 'country').map((r) => ({ country: r.key!, ...r.counts })),
    };
  }

  async funnelCsv(eventId: string): Promise<string> {
    const report = await this.funnel(eventId);
    const lines: unknown[][] = [['scope', 'key', ...FUNNEL_STAGES]];
    lines.push(['overall', '', ...FUNNEL_STAGES.map((s) => report.overall[s])]);
    for (const r of report.bySector) lines.push(['sector', r.sector, ...FUNNEL_STAGES.map((s) => r[s])]);
    for (const r of report.byCountry) lines.push(['country', r.country, ...FUNNEL_STAGES.map((s) => r[s])]);
    return toCsv(lines);
  }

  async outcomes(eventId: string) {
    const event = await this.events.get(eventId);
    const [totals, kinds, amounts, noShows] = await Promise.all([
      this.reports.outcomeTotals(eventId), this.reports.followUps(eventId), this.reports.amounts(eventId), this.reports.noShowCounts(eventId),
    ]);
    const followUps = FOLLOW_UP_KINDS.map((kind) => {
      const of = kinds.filter((k) => k.kind === kind);
      const all = of.find((k) => k.side === null && k.currency === null);
      const side = (s: string) => of.find((k) => k.side === s && k.currency === null)?.reports ?? 0;
      return {
        kind, reports: all?.reports ?? 0, meetings: all?.meetings ?? 0,
        bySide: { startup: side('startup'), counterpart: side('counterpart') },
        amounts: of.filter((k) => k.currency !== null && k.side === null).map((k) => ({ currency: k.currency!, total: num(k.total), reports: k.reports }))
          .sort((a, b) => a.currency.localeCompare(b.currency)),
      };
    });
    const currencies = [...new Set(amounts.map((a) => a.currency))];
    return {
      eventId, generatedAt: formatInZone(new Date(), event.timezone),
      outcomes: totals,
      followUps,
      amounts: currencies.map((currency) => {
        const of = amounts.filter((a) => a.currency === currency);
        const all = of.find((a) => a.side === null)!;
        const side = (s: string) => {
          const r = of.find((a) => a.side === s);
          return { total: num(r?.total ?? null), reports: r?.reports ?? 0 };
        };
        return { currency, total: num(all.total), reports: all.reports, meetings: all.meetings, bySide: { startup: side('startup'), counterpart: side('counterpart') } };
      }),
      noShows: {
        meetingsStarted: noShows.meetingsStarted, held: noShows.held, meetings: noShows.meetings,
        bySide: { startup: noShows.startup, counterpart: noShows.counterpart }, bothAbsent: noShows.both, marked: noShows.marked,
      },
    };
  }

  async outcomesCsv(eventId: string): Promise<string> {
    const r = await this.outcomes(eventId);
    const lines: unknown[][] = [['section', 'key', 'side', 'currency', 'count', 'meetings', 'total']];
    lines.push(['outcomes', 'recorded', '', '', r.outcomes.recorded, r.outcomes.meetings, '']);
    lines.push(['outcomes', 'held', '', '', r.outcomes.held, '', '']);
    lines.push(['outcomes', 'not-held', '', '', r.outcomes.notHeld, '', '']);
    for (const f of r.followUps) {
      lines.push(['follow-up', f.kind, '', '', f.reports, f.meetings, '']);
      for (const side of ['startup', 'counterpart'] as const) lines.push(['follow-up', f.kind, side, '', f.bySide[side], '', '']);
      for (const a of f.amounts) lines.push(['follow-up-amount', f.kind, '', a.currency, a.reports, '', a.total]);
    }
    for (const a of r.amounts) {
      lines.push(['amount', '', '', a.currency, a.reports, a.meetings, a.total]);
      for (const side of ['startup', 'counterpart'] as const) lines.push(['amount', '', side, a.currency, a.bySide[side].reports, '', a.bySide[side].total]);
    }
    lines.push(['no-show', 'meetings-started', '', '', r.noShows.meetingsStarted, '', '']);
    lines.push(['no-show', 'meetings-with-absence', '', '', r.noShows.meetings, '', '']);
    lines.push(['no-show', 'absent', 'startup', '', r.noShows.bySide.startup, '', '']);
    lines.push(['no-show', 'absent', 'counterpart', '', r.noShows.bySide.counterpart, '', '']);
    lines.push(['no-show', 'both-absent', '', '', r.noShows.bothAbsent, '', '']);
    lines.push(['no-show', 'marked', '', '', r.noShows.marked, '', '']);
    return toCsv(lines);
  }

  async noShowList(eventId: string, marked: boolean | undefined, query: PageQuery) {
    const event = await this.events.get(eventId);
    const tz = event.timezone;
    const { rows, total } = await this.reports.noShowList(eventId, marked, query);
    return pageOf(rows.map((r) => ({
      meetingId: r.id, startsAt: formatInZone(r.starts_at, tz), endsAt: formatInZone(r.ends_at, tz), table: r.table_no,
      startup: { accountId: r.startup_id, name: r.startup_name },
      counterpart: { accountId: r.counterpart_id, name: r.counterpart_name, role: r.counterpart_role },
      checkedIn: r.checked_in as string[],
      absent: [r.startup_id, r.counterpart_id].filter((id) => !(r.checked_in as string[]).includes(id)),
      marked: r.absent_id ? { accountId: r.absent_id, markedBy: r.marked_by, at: formatInZone(r.marked_at, tz) } : null,
    })), total, query);
  }
}
