import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHmac } from 'node:crypto';
import { DataSource } from 'typeorm';
import { resolveJwtSecret } from '../../common/auth/jwt-secret';
import type { Caller } from '../../common/auth/auth.decorators';
import { AppError } from '../../common/errors/app-error';
import { AppConfig } from '../../config/app-config';
import { preparedRows } from '../../database/prepared';

const FEED_TTL_SECONDS = 365 * 24 * 3600;

/**
 * Calendar subscription links: a calendar app cannot send a bearer token, so the link carries a token of its
 * own. It is signed with a key derived from the JWT secret for this purpose only, so it can never be used as
 * an access token (the auth guard verifies with the secret itself), and it reads one member's agenda of one event.
 */
@Injectable()
export class CalendarFeedService {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  private derived?: Promise<string>;
  /** A key of its own, derived from the deployment's signing key (the same one every API process resolves). */
  private secret(): Promise<string> {
    this.derived ??= resolveJwtSecret(this.config.env, this.db).then((key) => createHmac('sha256', key).update('calendar-feed/v1').digest('base64url'));
    return this.derived;
  }

  async link(caller: Caller, eventId: string): Promise<{ path: string; expiresIn: number }> {
    const token = await this.jwt.signAsync({ sub: caller.id, evt: eventId, typ: 'calendar-feed' }, { secret: await this.secret(), expiresIn: FEED_TTL_SECONDS });
    return { path: `/v1/calendar-feeds/${token}/agenda.ics`, expiresIn: FEED_TTL_SECONDS };
  }

  /** The feed's owner and event; unknown, expired, foreign or rejected → 404 (a feed URL reveals nothing). */
  async resolve(token: string): Promise<{ caller: Caller; eventId: string }> {
    let payload: { sub?: unknown; evt?: unknown; typ?: unknown };
    try {
      payload = await this.jwt.verifyAsync(token, { secret: await this.secret() });
    } catch {
      throw AppError.notFound('Calendar feed');
    }
    if (payload.typ !== 'calendar-feed' || typeof payload.sub !== 'string' || typeof payload.evt !== 'string') throw AppError.notFound('Calendar feed');
    // Calendar apps poll their feeds: one prepared primary-key read.
    const [account] = await preparedRows<Caller>(
      this.db,
      `SELECT id, email, role, status, display_name AS "displayName" FROM accounts WHERE id = $1`,
      [payload.sub],
    );
    if (!account || account.status === 'rejected') throw AppError.notFound('Calendar feed');
    return { caller: account, eventId: payload.evt };
  }
}
