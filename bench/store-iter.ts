/** Dev loop (not part of the bench): seeds the 10k × 2k event once into a kept database and times whole-event runs. */
import { NestFactory } from '@nestjs/core';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { resetEnvironmentCache } from '../src/config/app-config';
import { dataSourceOptions } from '../src/database/data-source';
import { generateDemoData } from '../src/modules/demo/demo-data.generator';
import { seedDemo } from '../src/modules/demo/demo-seeder';
import { MatchScoringService } from '../src/modules/matching/match-scoring.service';
import { MatchCorpusRepository } from '../src/modules/matching/match-corpus.repository';
import { readFileSync } from 'node:fs';

async function main() {
  const runs = Number(process.argv[2] ?? 3);
  const database = process.env.ITER_DB ?? 'store_iter';
  const admin = new Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' });
  await admin.connect();
  const exists = (await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [database])).rowCount;
  const url = `postgres://postgres@127.0.0.1:5432/${database}`;
  if (!exists) await admin.query(`CREATE DATABASE ${database}`);
  Object.assign(process.env, { DATABASE_URL: url, QUEUE_PREFIX: `iter_${process.pid}`, LOG_LEVEL: 'warn', RECONCILE_INTERVAL_SECONDS: '3600' });
  resetEnvironmentCache();
  const migrator = new DataSource(dataSourceOptions(url));
  await migrator.initialize();
  await migrator.runMigrations();
  await migrator.destroy();
  const app = await NestFactory.createApplicationContext(AppModule.forRoot({ api: false, worker: false }), { logger: ['error', 'warn'] });
  const db = app.get(DataSource);
  let [ev] = await db.query(`SELECT e.id FROM events e JOIN event_participants p ON p.event_id = e.id GROUP BY e.id ORDER BY count(*) DESC LIMIT 1`);
  if (!ev || !exists) {
    const data = generateDemoData({ seed: 2026, startups: 10_000, investors: 2_000, corporates: 100, demands: 1_000 });
    const seeded = await seedDemo(db, data, { passwordHash: 'not-a-login' });
    ev = { id: seeded.eventId };
  }
  const scoring = app.get(MatchScoringService);
  const mode = process.env.ITER_MODE ?? 'first';
  for (let k = 0; k < runs; k++) {
    if (mode === 'first') {
      await db.query(`TRUNCATE matches, match_lists CASCADE`);
      await db.query(`VACUUM matches`);
      await db.query(`CHECKPOINT`);
    }
    (app.get(MatchCorpusRepository) as any).termCache.clear();
    const pgCpu: Record<string, number> = {};
    let last = 0;
    const cpuOf = (pid: number) => { const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' '); return (Number(f[11]) + Number(f[12])) * 10; };
    scoring.onPhase = (phase, pid) => { if (!pid) return; const c = cpuOf(pid); if (phase !== 'store.begin') pgCpu[phase] = c - last; last = c; };
    const t0 = performance.now();
    const r = await scoring.scoreEvent(ev.id, async () => {});
    const ms = performance.now() - t0;
    console.log(`run ${k}: ${Math.round(ms)} ms, ${r.matchesStored} stored`);
    for (const p of scoring.lastRun!.phases) console.log(`   ${p.phase.padEnd(16)} ${String(Math.round(p.ms)).padStart(6)} ms  node cpu ${String(Math.round(p.cpuMs)).padStart(6)}  pg cpu ${pgCpu[p.phase] ?? ''}`);
  }
  await app.close();
  await admin.end();
}
main().then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });
