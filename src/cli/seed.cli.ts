import 'reflect-metadata';
import * as bcrypt from 'bcryptjs';
import { DataSource } from 'typeorm';
import { loadEnvironment } from '../config/app-config';
import { dataSourceOptions } from '../database/data-source';
import { addDays, generateDemoData, parseDemoArgs } from '../modules/demo/demo-data.generator';
import { seedDemo } from '../modules/demo/demo-seeder';

const DEMO_PASSWORD = 'demo-password';

/**
 * `node dist/src/cli/seed.cli.js [--seed N --startups N --investors N --corporates N --demands N]`:
 * migrates DATABASE_URL, seeds a demo event (nothing is written when it is already there) and queues
 * a whole-event match run, which the worker picks up on its next reconcile sweep.
 */
async function main(argv: string[]): Promise<void> {
  // The demo event runs from yesterday (Seoul) to the day after tomorrow, whenever the demo is first run: yesterday's
  // meetings already took place (demo-history.cli writes them once the matches exist), tomorrow's are still ahead.
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul' }).format(new Date());
  const options = { ...parseDemoArgs(argv), startDate: addDays(today, 1) };
  const env = loadEnvironment();
  const db = new DataSource(dataSourceOptions(env.DATABASE_URL));
  await db.initialize();
  try {
    const migrations = await db.runMigrations({ transaction: 'each' });
    const generated = generateDemoData(options);
    const data = { ...generated, event: { ...generated.event, startDate: addDays(today, -1) } };
    const firstEmail = [...data.startups, ...data.investors, ...data.corporates][0]?.email.toLowerCase();
    const [{ seeded }] = await db.query('SELECT EXISTS (SELECT 1 FROM accounts WHERE email = $1) AS seeded', [firstEmail ?? '']);
    const passwordHash = await bcrypt.hash(DEMO_PASSWORD, 10);
    const started = performance.now();
    const result = await seedDemo(db, data, { passwordHash, organizerEmail: env.ORGANIZER_EMAIL });
    const took = `${Math.round(performance.now() - started)} ms`;
    const run = await queueMatchRun(db, result.eventId);

    const lines = [
      `migrations: ${migrations.length ? migrations.map((m) => m.name).join(', ') : 'up to date'}`,
      seeded ? `demo: already seeded, nothing written (${took})` : `demo: seeded in ${took} (seed ${options.seed})`,
      `  event ${result.eventId}  ${data.event.name}`,
      `  ${result.startupIds.length} startups, ${result.investorIds.length} investors, ${result.corporateIds.length} corporates, ` +
        `${result.demandIds.length} demands, ${data.event.irSessions.length} IR sessions`,
      run.queued ? `  match run ${run.id} queued: the worker scores the event once it runs` : `  match run ${run.id}: ${run.status}`,
    ];
    if (data.startups[0]) lines.push(`  startup login:  ${data.startups[0].email} / ${DEMO_PASSWORD}`);
    if (data.investors[0]) lines.push(`  investor login: ${data.investors[0].email} / ${DEMO_PASSWORD}`);
    console.log(lines.join('\n'));
  } finally {
    await db.destroy();
  }
}

/** A queued run row is enough: the reconcile sweep enqueues queued runs. Skipped when one already exists. */
async function queueMatchRun(db: DataSource, eventId: string): Promise<{ id: string; status: string; queued: boolean }> {
  const [latest]: { id: string; status: string }[] = await db.query(
    `SELECT id, status FROM match_runs WHERE event_id = $1 AND status <> 'failed' ORDER BY created_at DESC LIMIT 1`,
    [eventId],
  );
  if (latest) return { ...latest, queued: false };
  const [run]: { id: string; status: string }[] = await db.query(
    `INSERT INTO match_runs (event_id, status) VALUES ($1, 'queued') RETURNING id, status`,
    [eventId],
  );
  return { ...run, queued: true };
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(`seed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
