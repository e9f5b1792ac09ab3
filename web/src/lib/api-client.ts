import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from '@/api/schema';
import { getToken, setToken } from './auth-token';

/** An error answer of the API: `{statusCode, code, message, errors?}`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: { field: string; message: string }[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const auth: Middleware = {
  onRequest({ request }) {
    const token = getToken();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  },
  onResponse({ response, request }) {
    // An expired or revoked session: drop the token so the app shows the login page.
    if (response.status === 401 && !request.url.includes('/v1/auth/')) setToken(null);
    return response;
  },
};

/** The typed client generated from the API's OpenAPI document (src/api/schema.d.ts). */
export const api = createClient<paths>({ baseUrl: '' });
api.use(auth);

export function toApiError(status: number, body: unknown): ApiError {
  const b = (body ?? {}) as { code?: string; message?: string | string[]; errors?: { field: string; message: string }[] };
  const message = Array.isArray(b.message) ? b.message.join('; ') : (b.message ?? `HTTP ${status}`);
  return new ApiError(status, b.code ?? String(status), message, b.errors ?? []);
}

/**
 * Unwraps an openapi-fetch result: the body on success, an ApiError otherwise. `T` names the response
 * shape the view uses where the OpenAPI document does not type it yet.
 */
export async function unwrap<T>(pending: Promise<{ data?: unknown; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await pending;
  if (!response.ok) throw toApiError(response.status, error);
  return data as T;
}

/** Requests to paths the generated document does not list yet (added in parallel on the server). */
export async function rawRequest<T>(method: string, path: string, body?: unknown): Promise<T> {
  const token = getToken();
  const response = await fetch(path, {
    method,
    headers: { ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const parsed = text ? safeJson(text) : undefined;
  if (!response.ok) {
    if (response.status === 401 && token) setToken(null);
    throw toApiError(response.status, parsed);
  }
  return parsed as T;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Downloads an authenticated file (calendar, CSV) through the browser's save dialog. */
export async function downloadFile(path: string, filename: string): Promise<void> {
  const token = getToken();
  const response = await fetch(path, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (!response.ok) throw toApiError(response.status, safeJson(await response.text()));
  const url = URL.createObjectURL(await response.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
