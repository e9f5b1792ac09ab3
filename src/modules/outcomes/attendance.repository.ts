import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { returningRows } from '../../database/sql';
import { newCheckInCode } from './check-in-code';

/** What check-in, no-show and outcome rules need to know about one meeting, with the database's clock. */
export interface MeetingHead {
  id: string;
  eventId: string;
  requestId: string;
  startupId: string;
  counterpartId: string;
  slot: number;
  table: number;
  startsAt: Date;
  endsAt: Date;
  status: 'booked' | 'cancelled';
  cancelledAt: Date | null;
  sequence: number;
  timezone: string;
  published: boolean;
  now: Date;
}

export interface CheckIn {
  accountId: string;
  at: Date;
  via: 'agenda' | 'code';
}

export interface NoShow {
  absentId: string;
  markedBy: string;
  at: Date;
}

/**
 * The one writer of attendance: check-ins, check-in codes and no-shows (this module's tables). Meetings
 * themselves are written by the booking module only (a no-show releases its slot through it). Reads name their
 * connection (a transaction's manager, or the pool): a default would let a caller inside a transaction read past
 * its locks without noticing.
 */
@Injectable()
export class AttendanceRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async findHead(meetingId: string, tx: EntityManager | DataSource, lock: '' | 'FOR SHARE' | 'FOR UPDATE' = ''): Promise<MeetingHead | null> {
    const [m] = await tx.query(
      `SELECT m.id, m.event_id AS "eventId", m.request_id AS "requestId", m.startup_id AS "startupId",
              m.counterpart_id AS "counterpartId", m.slot, m.table_no AS "table", m.starts_at AS "startsAt", m.ends_at AS "endsAt",
              m.status, m.cancelled_at AS "cancelledAt", m.sequence, e.timezone,
              e.schedule_published_at IS NOT NULL AS published, now() AS now
         FROM meetings m JOIN events e ON e.id = m.event_id WHERE m.id = $1 ${lock ? `${lock} OF m` : ''}`,
      [meetingId],
    );
    return m ?? null;
  }

  async checkIns(meetingId: string, tx: EntityManager | DataSource): Promise<CheckIn[]> {
    return tx.query(`SELECT account_id AS "accountId", at, via FROM meeting_check_ins WHERE meeting_id = $1 ORDER BY at, account_id`, [meetingId]);
  }

  async noShow(meetingId: string, tx: EntityManager | DataSource): Promise<NoShow | null> {
    const [row] = await tx.query(
      `SELECT absent_id AS "absentId", marked_by AS "markedBy", marked_at AS at FROM meeting_no_shows WHERE meeting_id = $1`,
      [meetingId],
    );
    return row ?? null;
  }

  /** Each party's code, made on first use (a race makes both writers read the same stored row). */
  async codes(meetingId: string, accountIds: string[]): Promise<Map<string, string>> {
    const read = async () => {
      const rows: { account_id: string; code: string }[] = await this.db.query(
        `SELECT account_id, code FROM meeting_check_in_codes WHERE meeting_id = $1`,
        [meetingId],
      );
      return new Map(rows.map((r) => [r.account_id, r.code]));
    };
    const stored = await read();
    if (accountIds.every((id) => stored.has(id))) return stored;
    await this.db.query(
      `INSERT INTO meeting_check_in_codes (meeting_id, account_id, code) SELECT $1, unnest($2::uuid[]), unnest($3::text[])
       ON CONFLICT DO NOTHING`,
      [meetingId, accountIds, accountIds.map(() => newCheckInCode())],
    );
    return read();
  }

  /** Records arrivals; an account already checked in keeps its first time. Returns the accounts newly checked in. */
  async addCheckIns(tx: EntityManager, meetingId: string, arrivals: { accountId: string; via: CheckIn['via'] }[]): Promise<string[]> {
    const rows = await returningRows<{ account_id: string }>(tx,
      `INSERT INTO meeting_check_ins (meeting_id, account_id, via) SELECT $1, unnest($2::uuid[]), unnest($3::text[])
       ON CONFLICT DO NOTHING RETURNING account_id`,
      [meetingId, arrivals.map((a) => a.accountId), arrivals.map((a) => a.via)],
    );
    return rows.map((r) => r.account_id);
  }

  async addNoShow(tx: EntityManager, head: MeetingHead, absentId: string, markedBy: string): Promise<boolean> {
    const rows = await returningRows(tx,
      `INSERT INTO meeting_no_shows (meeting_id, event_id, absent_id, marked_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING RETURNING meeting_id`,
      [head.id, head.eventId, absentId, markedBy],
    );
    return rows.length > 0;
  }
}
