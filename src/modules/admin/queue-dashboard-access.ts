import { Injectable, OnModuleInit } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createHmac } from 'node:crypto';
import { DataSource } from 'typeorm';
import { resolveJwtSecret } from '../../common/auth/jwt-secret';
import { AppConfig } from '../../config/app-config';

export const DASHBOARD_PATH = '/admin/queues';
export const DASHBOARD_COOKIE = 'sgm_queues';
const AUDIENCE = 'queue-dashboard';
const TTL_SECONDS = 15 * 60;

/**
 * Browsers send no bearer token to /admin/queues, so an organizer's API call exchanges one for a short-lived
 * cookie scoped to the dashboard. It is signed with a key derived from the deployment's JWT secret, so it is no
 * API token (the API's guard refuses it) and an API token is no dashboard cookie.
 */
@Injectable()
export class QueueDashboardTokens implements OnModuleInit {
  private key = '';

  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  async onModuleInit(): Promise<void> {
    this.key = createHmac('sha256', await resolveJwtSecret(this.config.env, this.db)).update(AUDIENCE).digest('hex');
  }

  async issue(accountId: string): Promise<{ token: string; expiresIn: number }> {
    const token = await this.jwt.signAsync({ sub: accountId }, { secret: this.key, audience: AUDIENCE, expiresIn: TTL_SECONDS });
    return { token, expiresIn: TTL_SECONDS };
  }

  /** The account id in a valid, unexpired dashboard token; undefined otherwise. */
  async verify(token: string): Promise<string | undefined> {
    try {
      const payload = await this.jwt.verifyAsync<{ sub?: string }>(token, { secret: this.key, audience: AUDIENCE, algorithms: ['HS256'] });
      return typeof payload.sub === 'string' ? payload.sub : undefined;
    } catch {
      return undefined;
    }
  }

  /** Whether the account is (still) an active organizer: re-read on every request, like API tokens. */
  async isActiveOrganizer(accountId: string): Promise<boolean> {
    const [row] = await this.db.query(`SELECT role, status FROM accounts WHERE id = $1`, [accountId]);
    return row?.role === 'organizer' && row?.status === 'active';
  }
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
}

const deny = (reply: FastifyReply, status: 401 | 403, code: string, message: string) =>
  reply.status(status).header('Cache-Control', 'no-store').send({ statusCode: status, code, message });

/** In front of every dashboard route (pages, assets, its API): 401 without a valid cookie, 403 for non-organizers. */
@Injectable()
export class QueueDashboardAccess {
  constructor(private readonly tokens: QueueDashboardTokens) {}

  /** A Fastify `onRequest` hook: answers the refusal itself, else lets the request through (never stored). */
  async check(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> {
    const token = cookieValue(request.headers.cookie, DASHBOARD_COOKIE);
    const accountId = token ? await this.tokens.verify(token) : undefined;
    if (!accountId) {
      // Fastify's way to answer from an async hook: send, then return the reply.
      return deny(reply, 401, 'unauthenticated', 'Open the queue dashboard through POST /v1/admin/queues/session as an organizer');
    }
    if (!(await this.tokens.isActiveOrganizer(accountId))) {
      return deny(reply, 403, 'forbidden', 'The queue dashboard is for organizers only');
    }
    reply.header('Cache-Control', 'no-store');
    return undefined;
  }
}
