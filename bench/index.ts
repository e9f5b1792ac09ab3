/** `npm run bench -- <name> [flags]`: runs one benchmark (or all) and prints its figures. */
const BENCHES: Record<string, () => Promise<{ run(args: string[]): Promise<void> }>> = {
  matching: () => import('./matching.bench'),
  booking: () => import('./booking.bench'),
  relevance: () => import('./relevance.bench'),
  reports: () => import('./reports.bench'),
  api: () => import('./api.bench'),
  web: () => import('./web.bench'),
};

async function main(): Promise<void> {
  const [name, ...args] = process.argv.slice(2);
  const names = name ? [name] : Object.keys(BENCHES);
  for (const n of names) {
    const load = BENCHES[n];
    if (!load) {
      console.error(`unknown benchmark "${n}"; choose one of: ${Object.keys(BENCHES).join(', ')}`);
      process.exit(2);
    }
    console.log(`\n=== bench: ${n} ===`);
    await (await load()).run(args);
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
