import { vi } from 'vitest';

/**
 * The typed client (lib/api-client.ts) keeps the fetch and Request it finds when it is created, so a test that
 * answers its calls imports this module before anything that imports the client: it installs a recorded fetch and
 * a Request that resolves the app's relative paths as a browser does.
 */
const NodeRequest = globalThis.Request;
globalThis.Request = class extends NodeRequest {
  constructor(input: RequestInfo | URL, init?: RequestInit) {
    super(typeof input === 'string' ? new URL(input, 'http://localhost').href : input, init);
  }
} as typeof Request;

export const fetchMock = vi.fn<(request: Request) => Promise<Response>>();
globalThis.fetch = fetchMock as unknown as typeof fetch;

export const jsonResponse = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
