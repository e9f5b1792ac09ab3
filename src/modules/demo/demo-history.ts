import type { DataSource, EntityManager } from 'typeorm';
import { SeededRandom } from '../../common/random/seeded-random';
import { lockEventBooking } from '../booking/booking-locks';
import { MeetingLedger, type Claimant } from '../booking/ledger/meeting-ledger.repository';
import { EventEntity } from '../events/event.entities';
import { gridOf } from '../events/events.views';

export interface HistoryOptions {
  /** Slots that ended before this instant are history; the rest of the event is left to the members. */
  now: Date;
  seed?: number;
  /** At most this many meetings a past slot (the tables stay shared with nothing: the slot has ended). */
  perSlot?: number;
  /** Accounts (the logins the demo banner names) whose best matches come first and were held, so they have a past to show. */
  featured?: string[];
}

export interface HistoryResult {
  written: boolean;
  meetings: number;
  held: number;
  noShows: number;
  outcomes: number;
}

interface Candidate {
  match_id: string;
  startup_id: string;
  counterpart_id: string;
  kind: 'investor' | 'demand';
  cap: number | null;
}

type Fate = 'held' | 'held-unchecked' | 'no-show' | 'unreported';

const INVESTOR_FOLLOW_UPS: readonly (readonly [{ kinds: string[]; money?: 'KRW' | 'USD' }, number])[] = [
  [{ kinds: ['nda'] }, 3],
  [{ kinds: ['term-sheet'], money: 'KRW' }, 2],
  [{ kinds: ['term-sheet'], money: 'USD' }, 2],
  [{ kinds: ['nda', 'investment'], money: 'KRW' }, 1],
  [{ kinds: ['investment'], money: 'USD' }, 1],
  [{ kinds: ['none'] }, 3],
];
const CORPORATE_FOLLOW_UPS: readonly (readonly [{ kinds: string[]; money?: 'KRW' | 'USD' }, number])[] = [
  [{ kinds: ['poc'], money: 'KRW' }, 3],
  [{ kinds: ['nda', 'poc'] }, 2],
  [{ kinds: ['mou'] }, 2],
  [{ kinds: ['procurement'], money: 'USD' }, 1],
  [{ kinds: ['none'] }, 2],
];
const NOTES = ['후속 미팅 일정 조율 중', 'Sending the data room next week', '기술 실사(Due diligence) 진행 예정', 'Good team, early for our fund'];

/**
 * The part of a demo event that already took place: meetings in slots that have ended, as members would have left
 * them — most held (both checked in, or both reported it held), some no-shows marked by the present party, outcomes
 * with follow-ups and amounts in KRW and USD (and, from some present parties of a no-show, "it did not take place"). The slots lie in the past, where the services refuse to book or check
 * in, so this writes like a seeder, but booking state goes through the MeetingLedger (occupancy, daily caps and the
 * table × slot key hold as for any booking) and check-ins, no-shows and outcomes follow the attendance rules
 * (attendance-rules.ts). Run after the event's match run; written once (skipped once the event has check-ins or outcomes).
 */
export async function seedEventHistory(db: DataSource, eventId: string, opts: HistoryOptions): Promise<HistoryResult> {
  const none: HistoryResult = { written: false, meetings: 0, held: 0, noShows: 0, outcomes: 0 };
  const r = new SeededRandom(opts.seed ?? 11);
  const ledger = new MeetingLedger();
  return db.transaction(async (tx) => {
    await lockEventBooking(tx, eventId, 'exclusive');
    const event = await tx.findOneBy(EventEntity, { id: eventId });
    if (!event) throw new Error(`event ${eventId} not found`);
    const grid = gridOf(event);
    const past = Array.from({ length: grid.slotCount }, (_, t) => t).filter((t) => grid.slotEnd(t).getTime() <= opts.now.getTime());
    if (past.length === 0) return none;
    // Written once: members never check in or report outcomes before it runs (it follows the demo's first start).
    const [{ already }] = await tx.query(
      `SELECT EXISTS (SELECT 1 FROM meeting_outcomes WHERE event_id = $1)
           OR EXISTS (SELECT 1 FROM meeting_check_ins c JOIN meetings m ON m.id = c.meeting_id WHERE m.event_id = $1) AS already`,
      [eventId],
    );
    if (already) return none;

    // The best-scored matches nobody has asked about yet (a request would hold the match open).
    const candidates: Candidate[] = await tx.query(
      `SELECT ma.id AS match_id, ma.startup_id, coalesce(ma.investor_id, d.owner_id) AS counterpart_id,
              CASE WHEN ma.investor_id IS NULL THEN 'demand' ELSE 'investor' END AS kind, ip.max_meetings_per_day AS cap
         FROM matches ma
         LEFT JOIN demands d ON d.id = ma.demand_id
         LEFT JOIN investor_profiles ip ON ip.account_id = ma.investor_id
        WHERE ma.event_id = $1 AND ma.excluded IS NULL
          AND NOT EXISTS (SELECT 1 FROM meeting_requests q WHERE q.match_id = ma.id)
        ORDER BY ma.score DESC, ma.id`,
      [eventId],
    );
    const featured = new Set(opts.featured ?? []);
    const isFeatured = (c: Candidate) => featured.has(c.startup_id) || featured.has(c.counterpart_id);
    candidates.sort((a, b) => Number(isFeatured(b)) - Number(isFeatured(a))); // stable: by score within each group
    const busy = new Set<string>( // `${slot}:${account}` already taken (an IR pitch, say)
      (await tx.query(`SELECT slot, account_id FROM occupancy WHERE event_id = $1 AND slot = ANY($2::int[])`, [eventId, past]))
        .map((o: { slot: number; account_id: string }) => `${o.slot}:${o.account_id}`),
    );
    const dayLoad = new Map<string, number>(
      (await tx.query(`SELECT account_id, day, meetings FROM day_load WHERE event_id = $1`, [eventId]))
        .map((d: { account_id: string; day: number; meetings: number }) => [`${d.day}:${d.account_id}`, d.meetings]),
    );
    // Tables already taken in those slots (a meeting booked just before its slot began).
    const takenTables = new Set<string>(
      (await tx.query(`SELECT slot, table_no FROM meetings WHERE event_id = $1 AND status = 'booked' AND slot = ANY($2::int[])`, [eventId, past]))
        .map((m: { slot: number; table_no: number }) => `${m.slot}:${m.table_no}`),
    );
    const usedPairs = new Set<string>();
    const perSlot = Math.min(opts.perSlot ?? 8, event.tables);
    const plan: { c: Candidate; slot: number; table: number }[] = [];
    for (const slot of past) {
      const day = grid.dayOf(slot);
      let table = 0;
      const nextTable = () => {
        do table++; while (takenTables.has(`${slot}:${table}`));
        return table <= event.tables;
      };
      // Spread over the list: start each slot at another point, so many startups get a meeting.
      const offset = (slot * 7) % Math.max(1, candidates.length);
      for (let k = 0, placed = 0; k < candidates.length && placed < perSlot; k++) {
        const c = candidates[(offset + k) % candidates.length];
        const pair = `${c.startup_id}:${c.counterpart_id}`;
        if (usedPairs.has(pair) || busy.has(`${slot}:${c.startup_id}`) || busy.has(`${slot}:${c.counterpart_id}`)) continue;
        const load = (id: string) => dayLoad.get(`${day}:${id}`) ?? 0;
        if (load(c.startup_id) >= 4 || (c.cap !== null && load(c.counterpart_id) >= c.cap) || load(c.counterpart_id) >= 6) continue;
        if (!nextTable()) break;
        placed++;
        plan.push({ c, slot, table });
        usedPairs.add(pair);
        for (const id of [c.startup_id, c.counterpart_id]) {
          busy.add(`${slot}:${id}`);
          dayLoad.set(`${day}:${id}`, load(id) + 1);
        }
      }
    }

    const result: HistoryResult = { written: true, meetings: 0, held: 0, noShows: 0, outcomes: 0 };
    for (const { c, slot, table } of plan) {
      const startsAt = grid.slotStart(slot);
      const at = (minutes: number) => new Date(startsAt.getTime() + minutes * 60_000);
      const fromStartup = r.chance(0.75);
      await tx.query(
        `INSERT INTO match_decisions (match_id, side, account_id, decision, decided_at)
         VALUES ($1, 'startup', $2, 'interested', $4), ($1, 'counterpart', $3, 'interested', $4) ON CONFLICT DO NOTHING`,
        [c.match_id, c.startup_id, c.counterpart_id, at(-3 * 24 * 60)],
      );
      const request = await ledger.createRequest(tx, {
        eventId, matchId: c.match_id, senderId: fromStartup ? c.startup_id : c.counterpart_id,
        recipientId: fromStartup ? c.counterpart_id : c.startup_id, startupId: c.startup_id, counterpartId: c.counterpart_id,
        message: fromStartup ? '귀사와 협력 가능성을 논의하고 싶습니다. / We would like to discuss working together.' : 'IR 자료 잘 보았습니다. 미팅 요청드립니다.',
        value: 1,
      });
      await ledger.setRequestStatus(tx, 'accepted', [{ id: request.id, reason: null }]);
      const people: Claimant[] = [{ id: c.startup_id, cap: null }, { id: c.counterpart_id, cap: c.kind === 'investor' ? c.cap : null }];
      const meetingId = await ledger.createMeeting(tx, eventId, grid, { requestId: request.id, startupId: c.startup_id, counterpartId: c.counterpart_id, slot, table }, people);
      // Asked two days before, answered the next day, booked at once.
      await tx.query(`UPDATE meeting_requests SET created_at = $2, accepted_at = $3, updated_at = $3 WHERE id = $1`, [request.id, at(-2 * 24 * 60), at(-24 * 60)]);
      await tx.query(`UPDATE meetings SET created_at = $2, updated_at = $2 WHERE id = $1`, [meetingId, at(-24 * 60)]);
      result.meetings++;

      const fate = isFeatured(c) ? 'held' : r.weighted<Fate>([['held', 70], ['held-unchecked', 10], ['no-show', 14], ['unreported', 6]]);
      const parties = [c.startup_id, c.counterpart_id];
      if (fate === 'held') {
        const viaCode = r.chance(0.4);
        await tx.query(
          `INSERT INTO meeting_check_ins (meeting_id, account_id, via, at) VALUES ($1, $2, $4, $5), ($1, $3, $4, $6)`,
          [meetingId, parties[0], parties[1], viaCode ? 'code' : 'agenda', at(-r.int(1, 8)), viaCode ? at(-r.int(0, 1)) : at(r.int(0, 4))],
        );
      }
      if (fate === 'no-show') {
        const presentIsStartup = r.chance(0.5);
        const [present, absent] = presentIsStartup ? parties : [...parties].reverse();
        await tx.query(`INSERT INTO meeting_check_ins (meeting_id, account_id, via, at) VALUES ($1, $2, 'agenda', $3)`, [meetingId, present, at(-r.int(1, 6))]);
        await tx.query(`INSERT INTO meeting_no_shows (meeting_id, event_id, absent_id, marked_by, marked_at) VALUES ($1, $2, $3, $4, $5)`,
          [meetingId, eventId, absent, present, at(r.int(11, 15))]);
        // Released as AttendanceService.markNoShow does (after the start, so it still counts as booked at its start).
        await ledger.cancelMeeting(tx, meetingId, grid, { status: 'cancelled', reason: 'no-show: the other party did not come' });
        await tx.query(`UPDATE meetings SET cancelled_at = $2, updated_at = $2 WHERE id = $1`, [meetingId, at(15)]);
        result.noShows++;
        if (r.chance(0.6)) { // the present party reports that it did not take place
          await writeOutcome(tx, {
            meetingId, accountId: present, eventId, side: presentIsStartup ? 'startup' : 'counterpart', held: false, followUps: ['none'],
            amount: null, currency: null, note: r.chance(0.5) ? '상대방 불참 / The other party did not come' : null, at: at(r.int(20, 120)),
          });
          result.outcomes++;
        }
        continue;
      }
      if (fate === 'unreported') continue;
      result.held++;
      const followUp = r.weighted(c.kind === 'investor' ? INVESTOR_FOLLOW_UPS : CORPORATE_FOLLOW_UPS);
      const amount = followUp.money === 'KRW' ? r.int(5, 50) * 10_000_000 : followUp.money === 'USD' ? r.int(10, 200) * 10_000 * 100 : null;
      // Both report it when nobody checked in (that is what makes it held); otherwise most do.
      for (const [k, accountId] of parties.entries()) {
        if (fate === 'held' && !r.chance(0.8)) continue;
        await writeOutcome(tx, {
          meetingId, accountId, eventId, side: k === 0 ? 'startup' : 'counterpart', held: true, followUps: followUp.kinds,
          amount, currency: amount === null ? null : followUp.money!, note: r.chance(0.4) ? r.pick(NOTES) : null, at: at(r.int(60, 600)),
        });
        result.outcomes++;
      }
    }
    return result;
  });
}

async function writeOutcome(
  tx: EntityManager,
  o: { meetingId: string; accountId: string; eventId: string; side: string; held: boolean; followUps: string[]; amount: number | null; currency: string | null; note: string | null; at: Date },
): Promise<void> {
  await tx.query(
    `INSERT INTO meeting_outcomes (meeting_id, account_id, event_id, side, held, follow_ups, amount, currency, note, recorded_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10)`,
    [o.meetingId, o.accountId, o.eventId, o.side, o.held, o.followUps, o.amount, o.currency, o.note, o.at],
  );
}
