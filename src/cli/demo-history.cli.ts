import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadEnvironment } from '../config/app-config';
import { dataSourceOptions } from '../database/data-source';
import { seedEventHistory } from '../modules/demo/demo-history';

/**
 * `node dist/src/cli/demo-history.cli.js EVENT_ID`: once the event's match run is done, writes what already took
 * place in its ended slots (held meetings with check-ins, no-shows, outcomes with follow-ups and amounts), so the
 * organizer's funnel, no-shows and reports have real figures on first open. Written once per event.
 */
async function main([eventId]: string[]): Promise<void> {
  if (!eventId) throw new Error('usage: demo-history.cli.js EVENT_ID');
  const env = loadEnvironment();
  const db = new DataSource(dataSourceOptions(env.DATABASE_URL));
  await db.initialize();
  try {
    const deadline = Date.now() + 180_000;
    for (;;) {
      const [run]: { status: string }[] = await db.query(
        `SELECT status FROM match_runs WHERE event_id = $1 ORDER BY created_at DESC LIMIT 1`, [eventId]);
      if (run?.status === 'done') break;
      if (run?.status === 'failed') throw new Error('the match run failed');
      if (Date.now() > deadline) throw new Error('gave up waiting for the match run');
      await new Promise((r) => setTimeout(r, 500));
    }
    // The logins the demo banner names get a held meeting of their own.
    const featured: { id: string }[] = await db.query(
      `SELECT id FROM accounts WHERE email = ANY($1::text[])`, [['startup-1@demo.supergap.kr', 'investor-1@demo.supergap.kr']]);
    const result = await seedEventHistory(db, eventId, { now: new Date(), featured: featured.map((a) => a.id) });
    console.log(result.written
      ? `demo history: ${result.meetings} past meetings (${result.held} held, ${result.noShows} no-shows), ${result.outcomes} outcomes`
      : 'demo history: already there (or no slot has ended yet)');
  } finally {
    await db.destroy();
  }
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(`demo history: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
