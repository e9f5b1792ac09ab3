import { AxeBuilder } from '@axe-core/playwright';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../../bench/chromium';

export { CHROMIUM };
export const browserAvailable = () => process.env.SGM_SKIP_BROWSER !== '1' && existsSync(CHROMIUM);

export const SCREENSHOTS = join(process.cwd(), 'docs', 'screenshots');
export const PHONE = { width: 375, height: 780 };
export const DESKTOP = { width: 1280, height: 860 };

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/** A person at a browser: own storage, console errors and failed requests recorded, axe after each page. */
export class Actor {
  readonly problems: string[] = [];
  readonly a11y: string[] = [];
  page!: Page;
  private context!: BrowserContext;

  constructor(
    private readonly browser: Browser,
    private readonly base: string,
    readonly name: string,
    private readonly options: { locale?: string; timezoneId?: string; viewport?: { width: number; height: number } } = {},
  ) {}

  async open(): Promise<this> {
    this.context = await this.browser.newContext({
      baseURL: this.base,
      locale: this.options.locale ?? 'en-US',
      timezoneId: this.options.timezoneId ?? 'Asia/Seoul',
      viewport: this.options.viewport ?? DESKTOP,
      acceptDownloads: true,
    });
    this.context.setDefaultTimeout(20_000);
    this.page = await this.context.newPage();
    this.page.on('console', (m) => {
      if (m.type() === 'error') this.problems.push(`${this.name} console: ${m.text()} (${m.location().url})`);
    });
    this.page.on('pageerror', (e) => this.problems.push(`${this.name} page error: ${e.message}`));
    return this;
  }

  async close(): Promise<void> {
    await this.context?.close();
  }

  async login(email: string, password: string): Promise<void> {
    await this.page.goto('/login');
    await this.page.evaluate("localStorage.removeItem('sgm.token')"); // whoever was signed in here signs out
    await this.page.goto('/login');
    await this.page.getByLabel(/^(E-mail|이메일)/).fill(email);
    await this.page.getByLabel(/^(Password|비밀번호)/).fill(password);
    await this.page.getByRole('button', { name: /^(Log in|로그인)$/ }).click();
    await this.page.waitForURL((u) => !u.pathname.startsWith('/login'));
  }

  /** Runs axe on the current page; serious and critical violations are recorded. */
  async audit(label: string): Promise<void> {
    // Let dialogs and transitions settle: a half-faded element would be measured with blended colours.
    await this.page.waitForTimeout(400);
    const result = await new AxeBuilder({ page: this.page }).analyze();
    for (const v of result.violations) {
      if (v.impact === 'serious' || v.impact === 'critical') {
        this.a11y.push(`${label}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
      }
    }
  }

  /** Full-page screenshot into docs/screenshots, at the actor's viewport and at phone width; returns the phone page's overflow. */
  async shoot(name: string): Promise<{ phoneOverflow: number }> {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const original = this.page.viewportSize() ?? DESKTOP;
    await this.page.setViewportSize(DESKTOP);
    await this.page.waitForTimeout(150);
    await this.page.screenshot({ path: join(SCREENSHOTS, `${name}-desktop.png`), fullPage: false });
    await this.page.setViewportSize(PHONE);
    await this.page.waitForTimeout(250);
    await this.page.screenshot({ path: join(SCREENSHOTS, `${name}-phone.png`), fullPage: false });
    const phoneOverflow = await this.page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    await this.page.setViewportSize(original);
    return { phoneOverflow };
  }

  /**
   * Chooses an option of a Mantine Select or MultiSelect by the field's label, within `scope` (a dialog, say). A click
   * that lands while the field is still settling (a dialog's opening transition) can leave the list shut, so the
   * field is clicked again until the option shows, each wait longer than the last.
   */
  async choose(label: string, option: string | RegExp, scope: Page | Locator = this.page): Promise<void> {
    const field = scope.getByRole('combobox', { name: label, exact: true });
    const item = this.page.getByRole('option', { name: option }).first();
    for (let attempt = 1; ; attempt++) {
      await field.click({ force: true });
      if (await item.waitFor({ timeout: 3000 * attempt }).then(() => true, () => false)) break;
      if (attempt === 4) throw new Error(`the options of "${label}" never showed "${option}"`);
    }
    await item.click();
  }
}
