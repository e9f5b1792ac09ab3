import autocannon from 'autocannon';

/**
 * The load generator's own process (forked by `runLoad` in api-process.ts): one autocannon run with the options the
 * parent sends, its result sent back. Apart from the bench (which hosts the BullMQ worker) and from the API, so
 * generating load takes no CPU from either's event loop.
 */
process.once('message', (options: autocannon.Options) => {
  autocannon(options).then(
    (result) => process.send!(result, () => process.exit(0)),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
});
