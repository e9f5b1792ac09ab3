/**
 * How the project drives a browser, shared by the browser journeys (test/web) and `npm run bench -- web`:
 * Debian's Chromium through playwright-core (never a downloaded build), headless, with these flags.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
