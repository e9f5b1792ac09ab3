import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Browser, Locator } from 'playwright-core';
import { investorProfile } from '../factories';
import { startsIn } from '../outcome-fixtures';
import { auth, createTestApp, login, TestApp, uniqueEmail } from '../utils';
import { Actor, browserAvailable, launch, PHONE, SCREENSHOTS } from './browser';

/**
 * One journey per role through the real app (built web app served by Nest, real PostgreSQL, Redis and worker),
 * in Debian's Chromium. Every visited page is checked with axe, the console must stay clean, and the main pages
 * are written to docs/screenshots at desktop and phone width.
 */
const suite = browserAvailable() ? describe : describe.skip;
jest.setTimeout(150_000);
const PASSWORD = 'journey-password-1';

suite('web app journeys in Chromium (e2e)', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let eventId: string;
  const actors: Actor[] = [];
  const overflow: string[] = [];
  const names = { startup: '큐비트랩 QubitLab Journey', investor: 'Han River Journey Partners', corporate: 'Journey Heavy Industries' };
  const emails = { startup: uniqueEmail('startup'), investor: uniqueEmail('investor'), corporate: uniqueEmail('corporate') };
  let startup: Actor;
  let investor: Actor;
  let organizer: Actor;

  const actor = async (name: string, options?: ConstructorParameters<typeof Actor>[3]) => {
    const a = await new Actor(browser, base, name, options).open();
    actors.push(a);
    return a;
  };
  const shoot = async (a: Actor, name: string) => {
    const { phoneOverflow } = await a.shoot(name);
    if (phoneOverflow > 0) overflow.push(`${name}: ${phoneOverflow}px wider than a phone`);
  };
  const visibleSoon = (l: Locator) => l.waitFor({ timeout: 4000 }).then(() => true, () => false);
  /** Reloads until `probe` shows up: the worker scores and books in the background. */
  const reloadUntil = async (a: Actor, probe: () => Promise<boolean>, budgetMs = 60_000) => {
    const deadline = Date.now() + budgetMs;
    while (!(await probe())) {
      if (Date.now() > deadline) {
        await a.page.screenshot({ path: `${SCREENSHOTS}/../failure-${a.name}.png`, fullPage: true }).catch(() => undefined);
        throw new Error(`${a.name}: gave up waiting on ${a.page.url()}`);
      }
      await a.page.reload();
    }
  };

  beforeAll(async () => {
    t = await createTestApp({ worker: true });
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    browser = await launch();
    const event = await t.http
      .post('/v1/events')
      .set(auth(t.organizerToken))
      .send({ name: 'Journey Super-Gap Conference', venue: 'COEX', timezone: 'Asia/Seoul', startDate: '2031-10-28', endDate: '2031-10-29', meetingGrid: { dayStart: '09:00', dayEnd: '12:00', slotMinutes: 30, tables: 6 } })
      .expect(201);
    eventId = event.body.id;
    startup = await actor('startup', { timezoneId: 'Europe/Berlin' });
    investor = await actor('investor');
    organizer = await actor('organizer');
  }, 120_000);

  afterAll(async () => {
    for (const a of actors) await a.close().catch(() => undefined);
    await browser?.close();
    await t?.close();
  });

  it('an investor signs up and waits; the organizer approves it in the approvals queue', async () => {
    const p = investor.page;
    await p.goto('/signup');
    await p.getByRole('radio', { name: 'Investor' }).check();
    await expect(p.getByText('Pending approval').first().isVisible()).resolves.toBe(true);
    await investor.audit('sign-up');
    await shoot(investor, 'signup');
    await p.getByLabel('Your name').fill('Jiwoo Han');
    await p.getByLabel('E-mail').fill(emails.investor);
    await p.getByLabel(/^Password/).fill(PASSWORD);
    await p.getByRole('button', { name: 'Create account' }).click();
    await p.waitForURL('**/profile');
    await p.getByText('Investor and corporate accounts are checked by the organizers').first().waitFor();

    // The thesis is written while pending (allowed); joining the event needs the approval.
    const token = await login(t.http, emails.investor, PASSWORD);
    await t.http.put('/v1/me/investor').set(auth(token)).send(investorProfile({ firm: names.investor })).expect(200);

    await organizer.login('organizer@test.local', 'organizer-secret-1');
    await organizer.page.goto('/organizer/approvals');
    const approve = organizer.page.getByRole('button', { name: 'Approve Jiwoo Han' });
    await approve.waitFor();
    await organizer.audit('approvals');
    await shoot(organizer, 'organizer-approvals');
    await approve.click();
    await approve.waitFor({ state: 'detached' });
    const me = await t.http.get('/v1/me').set(auth(token)).expect(200);
    expect(me.body.status).toBe('active');
    await t.http.post(`/v1/events/${eventId}/participants`).set(auth(token)).send({}).expect(201);
  });

  it('a startup signs up, fills its profile, sees matches with reasons and requests a meeting', async () => {
    const p = startup.page;
    await p.goto('/signup');
    await startup.audit('sign-up (startup)');
    await p.getByLabel('Your name').fill('Minji Kim');
    await p.getByLabel('E-mail').fill(emails.startup);
    await p.getByLabel(/^Password/).fill(PASSWORD);
    await p.getByRole('button', { name: 'Create account' }).click();
    await p.waitForURL('**/profile');

    await p.getByLabel('Company name').fill(names.startup);
    await startup.choose('Sector', 'Quantum');
    await p.getByRole('textbox', { name: /^Funding ask/ }).fill('2000000000');
    const keywords = p.getByRole('combobox', { name: 'Keywords' });
    await keywords.fill('양자컴퓨팅');
    await keywords.press('Enter');
    await p.getByLabel('Description').fill('초전도 큐비트 기반 양자컴퓨팅 오류정정 칩을 개발합니다. Superconducting qubit chips with error correction for quantum computers.');
    await p.getByLabel('Pitch deck link').fill('https://qubitlab.example/deck.pdf');
    await startup.audit('profile');
    await p.getByRole('button', { name: 'Save' }).click();
    await p.getByText('Saved. Your matches are being updated').waitFor();
    await shoot(startup, 'startup-profile');

    await p.getByRole('link', { name: 'My matches' }).click();
    await p.getByRole('button', { name: 'Join the event' }).click();
    const card = p.getByRole('article', { name: names.investor });
    await reloadUntil(startup, () => visibleSoon(card));
    await expect(card.getByText('Why this match').isVisible()).resolves.toBe(true);
    // the server's explanation, in the viewer's language
    await expect(card.getByText(/^Same field: /).isVisible()).resolves.toBe(true);
    await expect(card.getByRole('progressbar', { name: /^Sector \d+%$/ }).count()).resolves.toBe(1);
    await startup.audit('matches');
    await shoot(startup, 'startup-matches');

    await card.getByRole('button', { name: 'Interested' }).click();
    await card.getByRole('button', { name: 'Request a meeting' }).click();
    const dialog = p.getByRole('dialog');
    await dialog.getByLabel('Message').fill('양자 오류정정 로드맵을 논의하고 싶습니다.');
    await startup.audit('request dialog');
    await dialog.getByRole('button', { name: 'Send request' }).click();
    await dialog.getByText('Sent. You will be notified').waitFor();
    await dialog.getByRole('button', { name: 'Close' }).last().click();
  });

  it('the investor reviews pitches by keyboard and accepts the request', async () => {
    const p = investor.page;
    await investor.login(emails.investor, PASSWORD);
    await p.goto('/review');
    await p.getByRole('article', { name: names.startup }).waitFor();
    await p.getByText(/^0 of \d+ reviewed$/).waitFor();
    await investor.audit('pitch review');
    await shoot(investor, 'investor-review');
    await p.keyboard.press('i');
    await p.getByText(/^1 of \d+ reviewed$/).waitFor();
    await p.keyboard.press('k');
    const article = p.getByRole('article', { name: names.startup });
    await article.waitFor();
    await expect(article.getByRole('button', { name: 'Interested', pressed: true }).isVisible()).resolves.toBe(true);
    await expect(article.getByText('Mutual interest').first().isVisible()).resolves.toBe(true);
    await p.keyboard.press('n');
    await expect(p.getByLabel('Private note').isVisible()).resolves.toBe(true);

    await p.getByRole('link', { name: 'Meeting requests' }).click();
    const request = p.getByRole('listitem', { name: names.startup });
    await request.getByRole('button', { name: 'Accept' }).click();
    await request.getByText('Booked').waitFor({ timeout: 30_000 });
    await investor.audit('requests');
    await shoot(investor, 'investor-requests');
  });

  it('both see the meeting in their agenda, with its table, and download the .ics', async () => {
    for (const a of [startup, investor]) {
      const p = a.page;
      await p.goto('/agenda');
      await p.getByText(/^Table \d+/).first().waitFor();
      const other = a === startup ? names.investor : names.startup;
      await expect(p.getByText(other).first().isVisible()).resolves.toBe(true);
      if (a === startup) await expect(p.getByText(/your time \d\d:\d\d/).first().isVisible()).resolves.toBe(true); // Berlin viewer
      await a.audit(`agenda (${a.name})`);
      await shoot(a, `${a.name}-agenda`);
      const [download] = await Promise.all([p.waitForEvent('download'), p.getByRole('button', { name: 'Download .ics' }).click()]);
      const text = readFileSync((await download.path())!, 'utf8');
      expect(text).toContain('BEGIN:VCALENDAR');
      expect(text).toContain('BEGIN:VEVENT');
    }
  });

  it('the organizer runs the schedule (progress, gauge), moves a meeting on the board and publishes', async () => {
    const p = organizer.page;
    await p.goto('/organizer/schedule');
    await p.getByRole('button', { name: 'Run the scheduler' }).click();
    await p.getByText('Meetings vs. the most possible').waitFor({ timeout: 30_000 });
    await expect(p.getByText(/^Done · 100%$/).isVisible()).resolves.toBe(true);
    await organizer.audit('schedule runs');
    await shoot(organizer, 'organizer-schedule');

    await p.getByRole('link', { name: 'Schedule board' }).click();
    // The run may have put the meeting on either day: open its day, and wait for the board to show the planned place.
    type Booked = { id: string; startsAt: string; table: number; startup: { name: string } };
    const planned = (await t.http.get(`/v1/events/${eventId}/schedule`).set(auth(t.organizerToken)).expect(200)).body.meetings.find(
      (m: Booked) => m.startup.name === names.startup,
    ) as Booked;
    const plannedDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul' }).format(new Date(planned.startsAt));
    await p.locator('label').filter({ hasText: plannedDay === '2031-10-28' ? /28 Oct 2031/ : /29 Oct 2031/ }).first().click(); // the day switch
    const cell = p.getByRole('button', { name: new RegExp(`${names.startup.split(' ')[0]}.* with .*table ${planned.table}: move`) });
    await cell.waitFor();
    await organizer.audit('schedule board');
    await shoot(organizer, 'organizer-board');
    const before = Number(/table (\d+)/.exec((await cell.getAttribute('aria-label'))!)![1]);
    const target = before === 6 ? 5 : 6;
    await cell.click();
    const dialog = p.getByRole('dialog');
    await dialog.getByLabel('Table').fill(String(target));
    await dialog.getByText('No conflicts on the board.').waitFor();
    await organizer.audit('move dialog');
    await dialog.getByRole('button', { name: 'Move meeting' }).click();
    await dialog.waitFor({ state: 'detached' });
    await p.getByRole('button', { name: new RegExp(`table ${target}: move`) }).waitFor();
    const schedule = await t.http.get(`/v1/events/${eventId}/schedule`).set(auth(t.organizerToken)).expect(200);
    const moved = (schedule.body.meetings as Booked[]).find((m) => m.startup.name === names.startup && m.table === target);
    expect(moved).toBeDefined();

    // The same meeting again, by dragging it onto a free table in its slot: shown there, confirmed in the dialog, saved.
    const slot = Date.parse(moved!.startsAt);
    const taken = new Set((schedule.body.meetings as Booked[]).filter((m) => Date.parse(m.startsAt) === slot).map((m) => m.table));
    const free = [1, 2, 3, 4, 5, 6].find((n) => !taken.has(n))!;
    await p.locator(`[data-meeting-id="${moved!.id}"]`).dragTo(p.locator(`[data-slot="${slot}"][data-table="${free}"]`));
    await dialog.getByText('No conflicts on the board.').waitFor();
    await expect(dialog.getByLabel('Table').inputValue()).resolves.toBe(String(free));
    await dialog.getByRole('button', { name: 'Move meeting' }).click();
    await dialog.waitFor({ state: 'detached' });
    await p.locator(`[data-slot="${slot}"][data-table="${free}"] [data-meeting-id="${moved!.id}"]`).waitFor();
    const after = await t.http.get(`/v1/events/${eventId}/schedule`).set(auth(t.organizerToken)).expect(200);
    expect((after.body.meetings as Booked[]).find((m) => m.id === moved!.id)).toMatchObject({ table: free, startsAt: moved!.startsAt });

    // On a phone (two or three slots across) the board opens a day at its first meeting, however late in the day.
    const dayOf = (m: Booked) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul' }).format(new Date(m.startsAt));
    const first = (after.body.meetings as Booked[])
      .filter((m) => dayOf(m) === plannedDay)
      .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt) || a.table - b.table)[0];
    const desktop = p.viewportSize()!;
    await p.setViewportSize(PHONE);
    await p.reload();
    await p.locator('label').filter({ hasText: plannedDay === '2031-10-28' ? /28 Oct 2031/ : /29 Oct 2031/ }).first().click();
    const opened = p.locator(`[data-meeting-id="${first.id}"]`);
    await opened.waitFor();
    const box = (await opened.boundingBox())!;
    expect([box.x >= 0, box.x + box.width <= PHONE.width]).toEqual([true, true]);
    await p.screenshot({ path: `${SCREENSHOTS}/organizer-board-opened-phone.png` });
    await p.setViewportSize(desktop);

    await p.getByRole('link', { name: 'Schedule runs' }).click();
    await p.getByRole('button', { name: 'Publish the schedule' }).click();
    await p.getByRole('dialog').getByRole('button', { name: 'Publish the schedule' }).click();
    await p.getByRole('button', { name: 'Published' }).waitFor();
    expect((await t.http.get(`/v1/events/${eventId}`).set(auth(t.organizerToken)).expect(200)).body.schedulePublishedAt).toBeTruthy();
  });

  it('at a started meeting both check in (one by typed code), it shows held, one records an outcome; the organizer sees the funnel and no-shows', async () => {
    const schedule = await t.http.get(`/v1/events/${eventId}/schedule`).set(auth(t.organizerToken)).expect(200);
    const meetingId: string = schedule.body.meetings.find((m: { startup: { name: string } }) => m.startup.name === names.startup).id;
    await startsIn(t, meetingId, -15); // it started a quarter of an hour ago (the journey's event is years away)

    // The startup checks in from its agenda, then opens the meeting page with its code and QR code.
    const sp = startup.page;
    await sp.goto('/agenda');
    const mine = sp.getByRole('listitem').filter({ hasText: names.investor });
    await mine.getByRole('button', { name: `Check in: ${names.investor}` }).click();
    await mine.getByText('You checked in').waitFor();
    await startup.audit('agenda (checked in)');
    await mine.getByRole('link', { name: `Check-in code & outcome: ${names.investor}` }).click();
    await sp.waitForURL(`**/meetings/${meetingId}`);
    const code = (await sp.getByText(/^[0-9A-HJKMNP-TV-Z]{6}$/).first().innerText()).trim();
    await sp.getByRole('img', { name: `QR code of your check-in code ${code}` }).waitFor();
    // Alone for over ten minutes: the no-show button is offered (not pressed here).
    await sp.getByRole('button', { name: `Mark ${names.investor} as a no-show` }).waitFor();
    await startup.audit('meeting page (startup, alone)');
    await shoot(startup, 'startup-meeting');

    // The organizer sees the funnel chart and, live, the investor missing from a started meeting.
    const op = organizer.page;
    await op.goto('/organizer');
    const funnel = op.getByRole('list', { name: 'Funnel' });
    await funnel.waitFor();
    await expect(funnel.getByRole('listitem').count()).resolves.toBe(9);
    // Requests need no mutual interest: they are a share of the matches, and no share exceeds its base.
    await expect(funnel.getByRole('listitem').filter({ hasText: /^Requested/ }).innerText()).resolves.toMatch(/% of matched/);
    const missing = op.getByRole('table', { name: 'Started meetings with someone missing' }).getByRole('row').filter({ hasText: names.investor });
    await missing.getByText('Not checked in').waitFor();
    const bySide = op.getByRole('list', { name: 'Absent parties by side' }).getByRole('listitem');
    await expect(bySide.filter({ hasText: 'Investors & corporates absent' }).innerText()).resolves.toMatch(/\b1\b/);
    await organizer.audit('dashboard (a party missing)');
    await shoot(organizer, 'organizer-dashboard');
    await op.getByRole('radiogroup', { name: 'Funnel view' }).getByText('By sector', { exact: true }).click();
    await op.getByRole('list', { name: 'Funnel: Quantum' }).waitFor();
    await op.getByRole('table', { name: 'Funnel by sector' }).waitFor();
    await organizer.audit('dashboard (funnel by sector)');

    // The investor types the startup's code by hand (lower case, with a dash): both are in, the meeting is held.
    const ip = investor.page;
    await ip.goto('/agenda');
    const theirs = ip.getByRole('listitem').filter({ hasText: names.startup });
    await theirs.getByText(`${names.startup} checked in`).waitFor();
    await theirs.getByRole('link', { name: `Check-in code & outcome: ${names.startup}` }).click();
    await ip.waitForURL(`**/meetings/${meetingId}`);
    await ip.getByRole('textbox', { name: /^Code on / }).fill(`${code.slice(0, 3)}-${code.slice(3)}`.toLowerCase());
    await investor.audit('meeting page (investor)');
    await ip.getByRole('button', { name: 'Check in with this code' }).click();
    await ip.getByText('Held', { exact: true }).waitFor();
    const detail = await t.http.get(`/v1/meetings/${meetingId}`).set(auth(t.organizerToken)).expect(200);
    expect({ status: detail.body.status, checkIns: detail.body.checkIns.length }).toEqual({ status: 'held', checkIns: 2 });

    // The startup records its outcome; the page shows it again after a reload.
    await sp.reload();
    await sp.getByText('Held', { exact: true }).waitFor();
    const form = sp.getByRole('form', { name: 'Outcome' });
    await form.getByRole('checkbox', { name: 'PoC' }).check();
    await form.getByRole('checkbox', { name: 'Investment' }).check();
    await form.getByRole('textbox', { name: /^Amount discussed/ }).fill('500000000');
    await form.getByLabel('Private note').fill('PoC 범위를 다음 주에 확정. Scope the PoC next week.');
    await startup.audit('outcome form');
    await form.getByRole('button', { name: 'Save outcome' }).click();
    await form.getByText('Outcome saved.').waitFor();
    await sp.reload();
    await expect(sp.getByRole('form', { name: 'Outcome' }).getByRole('checkbox', { name: 'Investment' }).isChecked()).resolves.toBe(true);
    const token = await login(t.http, emails.startup, PASSWORD);
    const outcome = await t.http.get(`/v1/meetings/${meetingId}/outcome`).set(auth(token)).expect(200);
    expect(outcome.body).toMatchObject({ held: true, followUps: ['poc', 'investment'], amount: { amount: 500_000_000, currency: 'KRW' } });
    await shoot(startup, 'startup-meeting-outcome');

    // The dashboard follows: held and a follow-up in the funnel, nobody missing; the reports chart the outcome.
    await op.reload();
    await expect(funnel.getByRole('listitem').filter({ hasText: 'Follow-up' }).innerText()).resolves.toMatch(/\b1\b/);
    await op.getByText('Nobody is missing from a started meeting.').waitFor();
    await op.getByRole('link', { name: 'Reports & exports' }).click();
    const kinds = op.getByRole('list', { name: 'Follow-ups by kind' });
    await kinds.waitFor();
    await expect(kinds.getByRole('listitem').filter({ hasText: 'Investment' }).innerText()).resolves.toMatch(/\b1\b/);
    await op.getByRole('table', { name: 'Amounts per currency, by side' }).getByRole('row', { name: /^KRW/ }).waitFor();
    await organizer.audit('reports');
    await shoot(organizer, 'organizer-reports');
    await op.getByRole('button', { name: 'Download CSV / JSON' }).click();
    const [download] = await Promise.all([op.waitForEvent('download'), op.getByRole('menuitem', { name: 'Funnel (CSV)' }).click()]);
    expect(readFileSync((await download.path())!, 'utf8')).toMatch(/^\uFEFF?scope,key,matched,decided,mutual,requested,accepted,booked,published,held,followUp/);
  });

  it('a corporate posts a demand and sees the startups matched to it', async () => {
    const signup = await t.http.post('/v1/auth/signup').send({ email: emails.corporate, password: PASSWORD, role: 'corporate', displayName: 'Seo Park' }).expect(201);
    await t.http.patch(`/v1/accounts/${signup.body.id}`).set(auth(t.organizerToken)).send({ status: 'active' }).expect(200);
    const token = await login(t.http, emails.corporate, PASSWORD);
    await t.http.put('/v1/me/corporate').set(auth(token)).send({ company: names.corporate, country: 'KR' }).expect(200);
    await t.http.post(`/v1/events/${eventId}/participants`).set(auth(token)).send({}).expect(201);

    const corporate = await actor('corporate');
    const p = corporate.page;
    await corporate.login(emails.corporate, PASSWORD);
    await p.waitForURL('**/demands');
    await p.getByRole('button', { name: 'New demand' }).click();
    const dialog = p.getByRole('dialog');
    await dialog.getByLabel('Title').fill('양자 센서 PoC 파트너 Quantum sensing PoC');
    await dialog.getByLabel('What you are looking for').fill('양자컴퓨팅 오류정정과 초전도 큐비트 기술을 가진 스타트업과 PoC를 진행하고자 합니다. Superconducting qubits, error correction.');
    await corporate.choose('Sectors', 'Quantum', dialog);
    await p.keyboard.press('Escape');
    await corporate.audit('demand form');
    await dialog.getByRole('button', { name: 'New demand' }).click();
    await dialog.waitFor({ state: 'detached' });
    await corporate.audit('demands');
    await shoot(corporate, 'corporate-demands');
    await p.getByRole('link', { name: 'Matched startups' }).click();
    const card = p.getByRole('article', { name: names.startup });
    await reloadUntil(corporate, () => visibleSoon(card));
    await corporate.audit('demand matches');
    await shoot(corporate, 'corporate-demand-matches');
  });

  it('switching to 한국어 shows Korean everywhere, is remembered, and fits a phone', async () => {
    const p = startup.page;
    await p.setViewportSize(PHONE);
    await p.goto('/matches');
    await p.getByRole('button', { name: 'Open or close the navigation' }).click();
    await p.getByText('한국어', { exact: true }).last().click();
    await p.getByRole('heading', { name: '나의 매칭' }).waitFor();
    expect(await p.evaluate<string[]>(`[document.documentElement.lang, localStorage.getItem('sgm.lang')]`)).toEqual(['ko', 'ko']);
    for (const path of ['/matches', '/requests', '/ir', '/agenda', '/profile', '/account']) {
      await p.goto(path);
      await p.getByRole('heading', { level: 1 }).waitFor();
      await p.waitForTimeout(300);
      // The interface's own words are Korean: only names, e-mails, codes and the brand may be Latin.
      const chrome = await p.evaluate<string[]>(
        `[...document.querySelectorAll('h1, nav a, label, button, [role="tab"], th')].map((e) => e.innerText.trim()).filter(Boolean)`,
      );
      const english = chrome.filter((s) => /\b(the|and|your|my|of|with|request|matches|agenda|profile|save|language)\b/i.test(s));
      expect({ path, english }).toEqual({ path, english: [] });
      await startup.audit(`${path} (ko, phone)`);
      const width = await p.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
      if (width > 0) overflow.push(`${path} (ko): ${width}px wider than a phone`);
    }
    await p.goto('/matches');
    await p.getByRole('heading', { name: '나의 매칭' }).waitFor();
    await shoot(startup, 'startup-matches-ko');
    await p.goto('/agenda');
    await p.getByRole('heading', { name: '일정', level: 1 }).waitFor();
    await shoot(startup, 'startup-agenda-ko');

    // The organizer's figures in Korean on a phone: each share names the stage it is of, none above 100 %, and the
    // reports open on the figures (the exports wait in one menu).
    const op = organizer.page;
    await op.setViewportSize(PHONE);
    await op.goto('/organizer');
    await op.getByRole('button', { name: 'Open or close the navigation' }).click();
    await op.getByText('한국어', { exact: true }).last().click();
    await op.goto('/organizer');
    const funnel = op.getByRole('list', { name: '퍼널' });
    await funnel.waitFor();
    await expect(funnel.getByRole('listitem').filter({ hasText: /^요청/ }).innerText()).resolves.toMatch(/매칭의 \d/);
    const shares = (await funnel.innerText()).match(/[\d.]+(?=%)/g)!.map(Number);
    expect(shares.length).toBeGreaterThan(0);
    expect(shares.filter((x) => x > 100)).toEqual([]);
    await organizer.audit('dashboard (ko, phone)');
    await shoot(organizer, 'organizer-dashboard-ko');
    await op.goto('/organizer/reports');
    await op.getByRole('heading', { name: '미팅 결과', level: 2 }).waitFor();
    await op.getByRole('button', { name: 'CSV·JSON 내려받기' }).waitFor();
    await organizer.audit('reports (ko, phone)');
    await shoot(organizer, 'organizer-reports-ko');
  });

  it('left no console errors, no serious or critical accessibility violations and no sideways scrolling on phones', () => {
    const found = { console: actors.flatMap((a) => a.problems), accessibility: actors.flatMap((a) => a.a11y), overflow };
    expect(found).toEqual({ console: [], accessibility: [], overflow: [] });
  });
});
