import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Money } from '../../common/domain/money';
import { returningRows } from '../../database/sql';
import type { FollowUpKind } from './attendance-rules';

export interface OutcomeRow {
  meetingId: string;
  accountId: string;
  side: 'startup' | 'counterpart';
  held: boolean;
  followUps: FollowUpKind[];
  amount: Money | null;
  note: string | null;
  recordedAt: Date;
  updatedAt: Date;
}

export interface OutcomeInput {
  held: boolean;
  followUps: FollowUpKind[];
  amount: Money | null;
  note: string | null;
}

const SELECT = `SELECT meeting_id AS "meetingId", account_id AS "accountId", side, held, follow_ups AS "followUps",
                       amount, currency, note, recorded_at AS "recordedAt", updated_at AS "updatedAt" FROM meeting_outcomes`;

type Raw = Omit<OutcomeRow, 'amount'> & { amount: string | null; currency: string | null };
const toRow = (r: Raw): OutcomeRow => {
  const { currency, amount, ...rest } = r;
  return { ...rest, amount: amount === null ? null : { amount: Number(amount), currency: currency! } };
};

/** Outcomes (one per meeting and party, private to it and organizers) and the reminders sent about them. */
@Injectable()
export class OutcomeRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async upsert(meeting: { id: string; eventId: string }, accountId: string, side: OutcomeRow['side'], input: OutcomeInput): Promise<OutcomeRow> {
    const [row] = await returningRows<Raw>(this.db,
      `INSERT INTO meeting_outcomes (meeting_id, account_id, event_id, side, held, follow_ups, amount, currency, note)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (meeting_id, account_id) DO UPDATE SET held = EXCLUDED.held, follow_ups = EXCLUDED.follow_ups,
         amount = EXCLUDED.amount, currency = EXCLUDED.currency, note = EXCLUDED.note, updated_at = now()
       RETURNING meeting_id AS "meetingId", account_id AS "accountId", side, held, follow_ups AS "followUps",
                 amount, currency, note, recorded_at AS "recordedAt", updated_at AS "updatedAt"`,
      [meeting.id, accountId, meeting.eventId, side, input.held, input.followUps, input.amount?.amount ?? null, input.amount?.currency ?? null, input.note],
    );
    return toRow(row);
  }

  async find(meetingId: string, accountId: string): Promise<OutcomeRow | null> {
    const [row] = await this.db.query(`${SELECT} WHERE meeting_id = $1 AND account_id = $2`, [meetingId, accountId]);
    return row ? toRow(row) : null;
  }

  async forMeeting(meetingId: string): Promise<OutcomeRow[]> {
    const rows: Raw[] = await this.db.query(`${SELECT} WHERE meeting_id = $1 ORDER BY side DESC`, [meetingId]);
    return rows.map(toRow);
  }

  /**
   * The caller's meetings of an event that took place as booked (start passed), each with the caller's own
   * outcome or null: the member's follow-up pipeline and its "still to record" list.
   */
  async pipeline(eventId: string, accountId: string, recorded: boolean | undefined, limit: number, offset: number) {
    const filter = recorded === undefined ? '' : recorded ? 'AND o.meeting_id IS NOT NULL' : 'AND o.meeting_id IS NULL';
    const rows: (Raw & { id: string; starts_at: Date; ends_at: Date; table_no: number; other_id: string; other_name: string; other_role: string; total: string })[] =
      await this.db.query(
        `SELECT m.id, m.starts_at, m.ends_at, m.table_no, a.id AS other_id, a.role AS other_role,
                coalesce(sp.name, ip.firm, cp.company, a.display_name) AS other_name,
                o.meeting_id AS "meetingId", o.account_id AS "accountId", o.side, o.held, o.follow_ups AS "followUps", o.amount, o.currency,
                o.note, o.recorded_at AS "recordedAt", o.updated_at AS "updatedAt", count(*) OVER () AS total
           FROM meetings m
           JOIN accounts a ON a.id = CASE WHEN m.startup_id = $2 THEN m.counterpart_id ELSE m.startup_id END
           LEFT JOIN startup_profiles sp ON sp.account_id = a.id
           LEFT JOIN investor_profiles ip ON ip.account_id = a.id
           LEFT JOIN corporate_profiles cp ON cp.account_id = a.id
           LEFT JOIN meeting_outcomes o ON o.meeting_id = m.id AND o.account_id = $2
          WHERE m.event_id = $1 AND $2 IN (m.startup_id, m.counterpart_id) AND m.starts_at <= now()
            AND (m.status = 'booked' OR m.cancelled_at >= m.starts_at) ${filter}
          ORDER BY m.starts_at DESC, m.id LIMIT $3 OFFSET $4`,
        [eventId, accountId, limit, offset],
      );
    return {
      total: rows.length ? Number(rows[0].total) : 0,
      items: rows.map((r) => ({
        meetingId: r.id, startsAt: r.starts_at, endsAt: r.ends_at, table: r.table_no,
        with: { accountId: r.other_id, name: r.other_name, role: r.other_role },
        outcome: r.meetingId ? toRow(r) : null,
      })),
    };
  }

  /** How many of the meeting's outcomes say it was held, and which parties recorded one. */
  async summary(meetingId: string): Promise<{ heldReports: number; recordedBy: string[] }> {
    const rows: { account_id: string; held: boolean }[] = await this.db.query(
      `SELECT account_id, held FROM meeting_outcomes WHERE meeting_id = $1`,
      [meetingId],
    );
    return { heldReports: rows.filter((r) => r.held).length, recordedBy: rows.map((r) => r.account_id) };
  }

  /**
   * People owed a reminder: a party of a meeting that took place as booked (see attendance-rules), whose local
   * event day has ended (`dayEnd` in the event's timezone) within the last week, and who has no outcome for it.
   * Inserting the reminder rows claims them, so a second sweep (or a second worker) finds nothing to send.
   */
  async claimDueReminders(tx: EntityManager): Promise<{ eventId: string; accountId: string; day: string; meetingIds: string[] }[]> {
    return returningRows(tx,
      `WITH due AS (
         SELECT m.event_id, p.account_id, (m.starts_at AT TIME ZONE e.timezone)::date AS day, array_agg(m.id ORDER BY m.starts_at) AS meeting_ids
           FROM meetings m
           JOIN events e ON e.id = m.event_id
           CROSS JOIN LATERAL (VALUES (m.startup_id), (m.counterpart_id)) AS p(account_id)
          WHERE m.starts_at > now() - interval '8 days' AND m.starts_at <= now()
            AND (m.status = 'booked' OR m.cancelled_at >= m.starts_at)
            AND now() >= (((m.starts_at AT TIME ZONE e.timezone)::date + e.day_end::time) AT TIME ZONE e.timezone)
            AND now() < (((m.starts_at AT TIME ZONE e.timezone)::date + e.day_end::time) AT TIME ZONE e.timezone) + interval '7 days'
            AND NOT EXISTS (SELECT 1 FROM meeting_outcomes o WHERE o.meeting_id = m.id AND o.account_id = p.account_id)
          GROUP BY 1, 2, 3
       ), claimed AS (
         INSERT INTO outcome_reminders (event_id, account_id, day) SELECT event_id, account_id, day FROM due
         ON CONFLICT DO NOTHING RETURNING event_id, account_id, day
       )
       SELECT c.event_id AS "eventId", c.account_id AS "accountId", to_char(c.day, 'YYYY-MM-DD') AS day, d.meeting_ids AS "meetingIds"
         FROM claimed c JOIN due d USING (event_id, account_id, day)`,
      [],
    );
  }
}
