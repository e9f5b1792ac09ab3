import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

/**
 * Who may read /metrics: a direct caller on this host (no proxy header: a reverse proxy on the same host would
 * otherwise make every outside caller look local), or anyone presenting `Bearer $METRICS_TOKEN`.
 */
export function metricsAccess(remoteAddress: string | undefined, headers: IncomingHttpHeaders, token: string | undefined): 'allowed' | 'denied' {
  const proxied = headers['x-forwarded-for'] !== undefined || headers.forwarded !== undefined || headers['x-real-ip'] !== undefined;
  if (remoteAddress && LOOPBACK.test(remoteAddress) && !proxied) return 'allowed';
  const presented = /^Bearer (.+)$/.exec(headers.authorization ?? '')?.[1];
  if (!token || !presented) return 'denied';
  const a = Buffer.from(presented);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b) ? 'allowed' : 'denied';
}
