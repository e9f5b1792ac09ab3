#!/usr/bin/env node
// Creates (or with --drop, drops) a database on the server that DATABASE_URL points at.
//
//   node scripts/create-database.mjs NAME          creates NAME unless it exists
//   node scripts/create-database.mjs --drop NAME   ends its sessions and drops it if it exists
//
// NAME must match ^[a-z0-9_]+$ (at most 63 characters). Prints nothing on success; errors go to
// stderr with exit code 1 (2 for bad usage). DATABASE_URL's user needs CREATEDB rights; run
// `source scripts/ensure-services.sh` first to get one.
import pg from 'pg';

const USAGE = 'usage: node scripts/create-database.mjs [--drop] <name>   (name: ^[a-z0-9_]+$)';

function fail(message, code = 1) {
  process.stderr.write(`create-database: ${message}\n`);
  process.exit(code);
}

const args = process.argv.slice(2);
if (args.includes('-h') || args.includes('--help')) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const drop = args.includes('--drop');
const names = args.filter((a) => a !== '--drop');
if (names.length !== 1 || names[0].startsWith('-')) fail(USAGE, 2);
const name = names[0];
if (!/^[a-z0-9_]+$/.test(name) || name.length > 63) fail(`invalid database name '${name}': must match ^[a-z0-9_]+$ and be at most 63 characters`, 2);

const url = process.env.DATABASE_URL;
if (!url) fail('DATABASE_URL is not set (source scripts/ensure-services.sh first)', 2);

let connectedTo = '';
try {
  connectedTo = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
} catch {
  // a connection string pg understands but URL does not: pg reports problems itself
}
if (drop && connectedTo === name) fail(`refusing to drop '${name}': DATABASE_URL is connected to it`, 2);

const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
client.on('error', () => {}); // a server-side termination after we are done is no failure
client.on('notice', () => {}); // e.g. "database ... does not exist, skipping"

try {
  await client.connect();
  const ident = `"${name}"`; // safe: the name was validated above
  if (drop) {
    await client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name]);
    await client.query(`DROP DATABASE IF EXISTS ${ident} WITH (FORCE)`);
  } else {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount === 0) {
      try {
        await client.query(`CREATE DATABASE ${ident}`);
      } catch (error) {
        // 42P04 duplicate_database; 23505 when a concurrent CREATE DATABASE of the same name wins the race
        if (error?.code !== '42P04' && error?.code !== '23505') throw error;
      }
    }
  }
} catch (error) {
  const where = url.replace(/^([a-z0-9+.-]+:\/\/[^:/@]*):[^@]*@/i, '$1:***@');
  fail(`${drop ? 'dropping' : 'creating'} database '${name}' via ${where} failed: ${error?.message ?? error}`);
} finally {
  await client.end().catch(() => {});
}
