import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { DataSource } from 'typeorm';
import { ScheduleRunsService } from '../src/modules/booking/schedule-runs.service';
import { bulkAcceptedEvent } from '../src/modules/booking/testing/bulk-event';
import { apiLogin, freePort, startApi, stopApi } from './api-process';
import { until, withBenchApp } from './bench-harness';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium';

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const ORGANIZER = { email: 'organizer@web-bench.local', password: 'web-bench-organizer-password' };
const BOARD_REGION = '[role=region][aria-label="Schedule board"]';
const BOARD_MEETING = `${BOARD_REGION} button`;
const PARTICIPANT_LIST = '[role=list][aria-label="Participants"]';
const PARTICIPANT_ROW = `${PARTICIPANT_LIST} [role=listitem]`;

/**
 * In every page, before the app's scripts: long tasks are recorded, and the first frame in which each watched
 * selector matches is stamped (performance.now(), i.e. milliseconds since navigation start).
 */
const INSTRUMENT = `
  window.__bench = { longTasks: [], first: {} };
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__bench.longTasks.push({ start: e.startTime, duration: e.duration }); })
      .observe({ type: 'longtask', buffered: true });
  } catch (e) {}
  const watched = ${JSON.stringify([BOARD_MEETING, PARTICIPANT_ROW])};
  const poll = () => {
    for (const s of watched) if (!(s in window.__bench.first) && document.querySelector(s)) window.__bench.first[s] = performance.now();
    if (watched.some((s) => !(s in window.__bench.first)) && performance.now() < 180000) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
  window.__frame = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())));
  window.__until = async (check, budget = 60000) => {
    const end = performance.now() + budget;
    while (!check()) { if (performance.now() > end) throw new Error('timed out in the page'); await window.__frame(); }
  };
  /**
   * Scrolls the element by stepPx a frame to the end in one direction: 'down' (from the top), 'up' (from the bottom)
   * or 'right' (from the left edge); returns each frame's duration and the long tasks meanwhile.
   */
  window.__scrollThrough = async (selector, stepPx, direction = 'down') => {
    const el = document.querySelector(selector);
    if (direction === 'down') el.scrollTop = 0;
    if (direction === 'up') el.scrollTop = el.scrollHeight;
    if (direction === 'right') el.scrollLeft = 0;
    await window.__frame(); await window.__frame();
    const start = performance.now();
    const frames = [];
    let last = start;
    const more = () =>
      direction === 'down' ? el.scrollTop + el.clientHeight < el.scrollHeight - 1 : direction === 'up' ? el.scrollTop > 0 : el.scrollLeft + el.clientWidth < el.scrollWidth - 1;
    while (more()) {
      if (direction === 'right') el.scrollLeft += stepPx;
      else el.scrollTop += direction === 'down' ? stepPx : -stepPx;
      const now = await window.__frame();
      frames.push(now - last);
      last = now;
    }
    await window.__frame();
    const longTasks = window.__bench.longTasks.filter((t) => t.start >= start).map((t) => t.duration);
    return { frames, longTasks, ms: performance.now() - start };
  };
`;

interface ScrollStats {
  frames: number[];
  longTasks: number[];
  ms: number;
}

/**
 * `npm run bench -- web [--runs N]`: the organizer's schedule board with 5,400 meetings and the participants list
 * with 2,000 people, in Debian's Chromium through the real built app (served by the API process) on real data: a
 * generated 2,000-participant event (1,600 startups, 400 investors, ~12,000 accepted requests) planned by the real
 * scheduler into 150 tables × 36 slots.
 */
export async function run(args: string[]): Promise<void> {
  const i = args.indexOf('--runs');
  const runs = i >= 0 ? Number(args[i + 1]) : 3;
  if (!(runs >= 1)) throw new Error('--runs must be a positive number');
  if (process.env.SGM_SKIP_BROWSER === '1' || !existsSync(CHROMIUM)) {
    console.log(`skipped: no Chromium at ${CHROMIUM} (scripts/ensure-chromium.sh installs Debian's chromium package)`);
    return;
  }
  if (!existsSync(resolve(process.cwd(), 'web/dist/index.html'))) throw new Error('no web app build in web/dist: run bash scripts/build-web.sh');

  await withBenchApp('web', async ({ app, db }) => {
    const seeded = performance.now();
    const event = await bulkAcceptedEvent(db, { startups: 1600, investors: 400, tables: 150, pairShare: 12_000 / (1600 * 400), maxMeetingsPerDay: 10, seed: 21 });
    await nameParties(db, event.startups, event.investors);
    const { id: runId } = await app.get(ScheduleRunsService).start(event.eventId);
    await until(async () => ['done', 'failed'].includes((await db.query(`SELECT status FROM booking_runs WHERE id = $1`, [runId]))[0].status), 300_000, 50);
    const [{ n: meetings }] = await db.query(`SELECT count(*)::int AS n FROM meetings WHERE event_id = $1 AND status = 'booked'`, [event.eventId]);
    const [{ n: participants }] = await db.query(`SELECT count(*)::int AS n FROM event_participants WHERE event_id = $1`, [event.eventId]);
    const [{ name: someone }] = await db.query(
      `SELECT ip.firm AS name FROM meetings m JOIN investor_profiles ip ON ip.account_id = m.counterpart_id WHERE m.event_id = $1 AND m.status = 'booked'
        GROUP BY ip.firm ORDER BY count(*) DESC, ip.firm LIMIT 1`,
      [event.eventId],
    );
    console.log(
      `data: real, through the real built app (no route interception): a generated event with ${fmt(participants)} participants, ` +
        `${fmt(event.requests)} accepted requests, ${fmt(meetings)} meetings booked by the scheduler (150 tables × 2 days × 18 slots); ready in ${fmt((performance.now() - seeded) / 1000, 1)} s`,
    );

    const port = await freePort();
    const api = startApi(port, { ORGANIZER_EMAIL: ORGANIZER.email, ORGANIZER_PASSWORD: ORGANIZER.password });
    const profile = mkdtempSync(join(tmpdir(), 'sgm-web-bench-'));
    let context: BrowserContext | undefined;
    try {
      const base = `http://127.0.0.1:${port}`;
      await until(async () => (await fetch(`${base}/v1/sectors`).catch(() => undefined))?.ok === true, 120_000, 200);
      const token = await apiLogin(base, ORGANIZER.email, ORGANIZER.password);
      context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        headless: true,
        args: CHROMIUM_ARGS,
        baseURL: base,
        viewport: { width: 1280, height: 860 },
        locale: 'en-US',
        timezoneId: 'Asia/Seoul',
      });
      context.setDefaultTimeout(120_000);
      await context.addInitScript(`localStorage.setItem('sgm.token', ${JSON.stringify(token)}); localStorage.setItem('sgm.event', ${JSON.stringify(event.eventId)});`);
      await context.addInitScript(INSTRUMENT);
      console.log(`browser: ${CHROMIUM} (Chromium ${context.browser()?.version() ?? ''}), headless, 1280×860, fresh --user-data-dir; ${runs} navigation(s) per page, the first with an empty cache`);

      // Schedule board
      const board: number[] = [];
      let page!: Page;
      for (let r = 0; r < runs; r++) {
        page = await freshPage(context, page);
        await page.goto('/organizer/board');
        board.push(await firstRender(page, BOARD_MEETING));
      }
      const [scheduleApi, boardBytes, boardAsked, boardFirstByte] = await page.evaluate<[number, number, number, number]>(
        `(() => { const e = performance.getEntriesByType('resource').find((r) => /\\/schedule\\/board$/.test(r.name)); return e ? [e.responseEnd, e.decodedBodySize, e.startTime, e.responseStart] : [NaN, NaN, NaN, NaN]; })()`,
      );
      const [scripts, scriptBytes] = await page.evaluate<[number, number]>(
        `(() => { const js = performance.getEntriesByType('resource').filter((r) => /\\.js$/.test(r.name)); return [js.length, js.reduce((s, r) => s + r.decodedBodySize, 0)]; })()`,
      );
      const dayMeetings = await page.evaluate<number>(`document.querySelectorAll(${JSON.stringify(BOARD_MEETING)}).length`);
      const boardNodes = await page.evaluate<number>(`document.getElementsByTagName('*').length`);
      console.log(`\nSchedule board (${fmt(meetings)} meetings, 150 tables; one day at a time, 18 slot columns; only the tables and slots in view render)`);
      console.log(`  time to first render, navigation → meetings visible: ${times(board)}`);
      console.log(`  of which the board's schedule read (GET …/schedule/board, ${fmt(boardBytes / 1024)} kB) asked at ${fmt(boardAsked)} ms, first byte ${fmt(boardFirstByte)} ms, arrived at ${fmt(scheduleApi)} ms (last run)`);
      console.log(`  JavaScript the board page loaded: ${scripts} files, ${fmt(scriptBytes / 1024)} kB (uncompressed)`);
      console.log(`  DOM elements on the page after first render: ${fmt(boardNodes)} (meetings in the DOM: ${fmt(dayMeetings)} of ${fmt(meetings)})`);

      // Both days, each the whole board: down the first columns (as far back as this bench goes), across at the bottom,
      // up the last columns. The board renders only the tables and slots in view, so each frame brings new cells.
      const scroll = (direction: 'down' | 'up' | 'right', step: number) =>
        page.evaluate<ScrollStats>(`window.__scrollThrough(${JSON.stringify(BOARD_REGION)}, ${step}, ${JSON.stringify(direction)})`);
      const down: ScrollStats[] = [];
      const rest: ScrollStats[] = [];
      down.push(await scroll('down', 5 * 44));
      rest.push(await scroll('right', 2 * 118), await scroll('up', 5 * 44));
      await page.locator('label').filter({ hasText: /29 Oct 2026/ }).first().click(); // the second day
      await page.evaluate(`document.querySelector(${JSON.stringify(BOARD_REGION)}).scrollLeft = 0`);
      down.push(await scroll('down', 5 * 44));
      rest.push(await scroll('right', 2 * 118), await scroll('up', 5 * 44));
      printScroll('  scroll down both days, top to bottom, 5 rows a frame', down);
      printScroll('  scroll the whole board of both days (down, across 2 slots a frame, back up), all frames', [...down, ...rest]);
      const boardNodesAfter = await page.evaluate<number>(`document.getElementsByTagName('*').length`);
      console.log(`  DOM elements after scrolling to the end: ${fmt(boardNodesAfter)}`);

      await page.getByRole('combobox', { name: 'Filter by person' }).fill(someone);
      const option = page.getByRole('option', { name: someone, exact: true });
      await option.waitFor();
      const filterMs = await page.evaluate<number>(`(async () => {
        const badge = [...document.querySelectorAll('.mantine-Badge-root')].find((b) => / meetings$/.test(b.textContent));
        const before = badge.textContent;
        const option = [...document.querySelectorAll('[role=option]')].find((o) => o.textContent === ${JSON.stringify(someone)});
        const t0 = performance.now();
        option.click();
        await window.__until(() => badge.isConnected && badge.textContent !== before);
        return (await window.__frame()) - t0;
      })()`);
      const personMeetings = await page.evaluate<string>(`[...document.querySelectorAll('.mantine-Badge-root')].find((b) => / meetings$/.test(b.textContent)).textContent`);
      console.log(`  time to filter by a person (option chosen → board repainted, ${personMeetings}): ${fmt(filterMs)} ms`);

      // Participants list
      const list: number[] = [];
      for (let r = 0; r < runs; r++) {
        page = await freshPage(context, page);
        await page.goto('/organizer/participants');
        list.push(await firstRender(page, PARTICIPANT_ROW));
      }
      const participantsApi = await page.evaluate<number>(`Math.max(...performance.getEntriesByType('resource').filter((e) => /\\/participants\\?/.test(e.name)).map((e) => e.responseEnd))`);
      const rows = await page.evaluate<number>(`document.querySelectorAll(${JSON.stringify(PARTICIPANT_ROW)}).length`);
      const listNodes = await page.evaluate<number>(`document.getElementsByTagName('*').length`);
      console.log(`\nParticipants list (${fmt(participants)} people, fetched in pages of 100; rows virtualised)`);
      console.log(`  time to first render, navigation → rows visible: ${times(list)}`);
      console.log(`  of which the last page of participants arrived at (last run): ${fmt(participantsApi)} ms`);
      console.log(`  DOM elements on the page after first render: ${fmt(listNodes)} (rows in the DOM: ${fmt(rows)} of ${fmt(participants)})`);
      printScroll('  scroll through the whole list, top to bottom, 10 rows a frame', [
        await page.evaluate<ScrollStats>(`window.__scrollThrough(${JSON.stringify(PARTICIPANT_LIST)}, 10 * 48, 'down')`),
      ]);
      const person = (await db.query(`SELECT display_name AS name FROM accounts a JOIN event_participants p ON p.account_id = a.id WHERE p.event_id = $1 ORDER BY a.id LIMIT 1`, [event.eventId]))[0].name as string;
      const searchMs = await page.evaluate<number>(`(async () => {
        const input = document.querySelector('input[aria-label="Search by name"]');
        const count = document.querySelector('[aria-live=polite]');
        const before = count.textContent;
        const t0 = performance.now();
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, ${JSON.stringify(person)});
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await window.__until(() => count.textContent !== before);
        return (await window.__frame()) - t0;
      })()`);
      const found = await page.evaluate<string>(`document.querySelector('[aria-live=polite]').textContent`);
      console.log(`  time to filter by a person (name typed → list repainted, ${found}): ${fmt(searchMs)} ms`);
    } finally {
      await context?.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
      await stopApi(api);
    }
  });
}

/** The bulk generator names every startup and fund alike; the board and its person filter need names that tell people apart. */
async function nameParties(db: DataSource, startups: string[], investors: string[]): Promise<void> {
  const name = (prefixes: string[]) =>
    `(ARRAY[${prefixes.map((p) => `'${p}'`).join(',')}])[1 + n.i % ${prefixes.length}] || ' ' || lpad(n.i::text, 4, '0')`;
  await db.query(
    `WITH n AS (SELECT account_id, row_number() OVER (ORDER BY account_id) AS i FROM startup_profiles WHERE account_id = ANY($1::uuid[]))
     UPDATE startup_profiles sp SET name = ${name(['QubitLab', '큐비트랩', 'Photonics', '나노소재', 'FusionWorks', '로보틱스', 'CryoCore', '바이오칩'])} FROM n WHERE sp.account_id = n.account_id`,
    [startups],
  );
  await db.query(
    `WITH n AS (SELECT account_id, row_number() OVER (ORDER BY account_id) AS i FROM investor_profiles WHERE account_id = ANY($1::uuid[]))
     UPDATE investor_profiles ip SET firm = ${name(['Han River Ventures', '판교 벤처스', 'Gangnam Capital', '여의도 인베스트', 'Deep Tech Partners'])} FROM n WHERE ip.account_id = n.account_id`,
    [investors],
  );
  await db.query(
    `UPDATE accounts a SET display_name = coalesce(sp.name, ip.firm) FROM accounts x
       LEFT JOIN startup_profiles sp ON sp.account_id = x.id LEFT JOIN investor_profiles ip ON ip.account_id = x.id
      WHERE a.id = x.id AND a.id = ANY($1::uuid[])`,
    [[...startups, ...investors]],
  );
}

async function freshPage(context: BrowserContext, previous: Page | undefined): Promise<Page> {
  await previous?.close();
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
  return page;
}

/** Milliseconds from navigation start to the first frame in which `selector` matched. */
async function firstRender(page: Page, selector: string): Promise<number> {
  // Polled from here: the app's Content-Security-Policy forbids the eval behind a string waitForFunction. The stamp is taken in the page.
  await until(async () => page.evaluate<boolean>(`${JSON.stringify(selector)} in window.__bench.first`), 180_000, 50);
  return page.evaluate<number>(`window.__bench.first[${JSON.stringify(selector)}]`);
}

function times(values: number[]): string {
  const [first, ...rest] = values;
  const median = [...rest].sort((a, b) => a - b)[Math.floor(rest.length / 2)];
  return `${fmt(first)} ms with an empty cache` + (rest.length ? `, ${fmt(median)} ms median of ${rest.length} with assets cached (${rest.map((v) => fmt(v)).join(', ')})` : '');
}

function printScroll(label: string, parts: ScrollStats[]): void {
  const frames = parts.flatMap((p) => p.frames).sort((a, b) => a - b);
  const longTasks = parts.flatMap((p) => p.longTasks);
  const ms = parts.reduce((s, p) => s + p.ms, 0);
  const p95 = frames[Math.min(frames.length - 1, Math.ceil(0.95 * frames.length) - 1)];
  console.log(`${label}: ${fmt(frames.length)} frames in ${fmt(ms)} ms (${fmt((1000 * frames.length) / ms, 1)} fps)`);
  console.log(`  scroll frame time: median ${fmt(frames[Math.floor(frames.length / 2)], 1)} ms, p95 ${fmt(p95, 1)} ms, max ${fmt(frames[frames.length - 1], 1)} ms; frames over 50 ms: ${frames.filter((f) => f > 50).length}`);
  console.log(`  scroll long tasks (> 50 ms): ${longTasks.length}${longTasks.length ? `, longest ${fmt(Math.max(...longTasks))} ms` : ''}`);
}
