// Jest on Node 20 cannot require() an ES module, and @fastify/static (CommonJS) requires content-disposition 3
// (ESM only) for reply.download(), which this app never calls. Plain Node 20.19+ loads the real package; under
// Jest this stand-in is mapped in its place (jest.config.mjs) and refuses loudly if anything ever calls it.
'use strict';
const unavailable = () => {
  throw new Error('content-disposition is not available under Jest (see test/support/content-disposition.cjs)');
};
module.exports = { create: unavailable, parse: unavailable };
