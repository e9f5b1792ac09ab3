import createClient, { type ClientPathsWithMethod, type MethodResponse, type Middleware } from 'openapi-fetch';
import type { components, paths } from '@/api/schema';
import { getToken, setToken } from './auth-token';

/** An error answer of the API: `{statusCode, code, message, errors?}`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: { field: string; message: string }[] = [],
    /** On some 409s: which conflict (`ConflictReason` in the document), for words of the viewer's language. */
    readonly reason?: string,
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
export const api = createClient<paths, 'application/json'>({ baseUrl: '' });
api.use(auth);

/**
 * The message the API gave for one form field in a 400's `errors[]` (a nested field such as
 * `fundingAsk.amount` counts for `fundingAsk`), so the form can show it beside the input.
 */
export function fieldError(error: unknown, field: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const hit = error.fields.find((f) => f.field === field || f.field.startsWith(`${field}.`) || f.field.startsWith(`${field}[`));
  return hit?.message;
}

export function toApiError(status: number, body: unknown): ApiError {
  const b = (body ?? {}) as { code?: string; message?: string | string[]; errors?: { field: string; message: string }[]; reason?: string };
  const message = Array.isArray(b.message) ? b.message.join('; ') : (b.message ?? `HTTP ${status}`);
  return new ApiError(status, b.code ?? String(status), message, b.errors ?? [], typeof b.reason === 'string' ? b.reason : undefined);
}

/** A schema of the generated document, e.g. `Schema<'MatchView'>`: a renamed or dropped field breaks the build. */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];

type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'patch';

/** The 2xx body of one operation, e.g. `ResponseOf<'get', '/v1/me'>`. */
export type ResponseOf<Method extends HttpMethod, Path extends ClientPathsWithMethod<typeof api, Method>> = MethodResponse<typeof api, Method, Path>;

/** The JSON body one operation accepts, e.g. `RequestBodyOf<'post', '/v1/demands'>`. */
export type RequestBodyOf<Method extends HttpMethod, Path extends ClientPathsWithMethod<typeof api, Method>> = paths[Path][Method] extends {
  requestBody?: { content: { 'application/json': infer Body } };
}
  ? Body
  : never;

/** The query parameters one operation accepts, e.g. `QueryOf<'get', '/v1/events/{eventId}/matches'>`. */
export type QueryOf<Method extends HttpMethod, Path extends ClientPathsWithMethod<typeof api, Method>> = paths[Path][Method] extends {
  parameters: { query?: infer Query };
}
  ? NonNullable<Query>
  : never;

/**
 * Unwraps an openapi-fetch result: the typed 2xx body on success (inferred from the path and method), an
 * ApiError otherwise.
 */
export async function unwrap<Result extends { data?: unknown; error?: unknown; response: Response }>(
  pending: Promise<Result>,
): Promise<Exclude<Result['data'], undefined>> {
  const { data, error, response } = await pending;
  if (!response.ok) throw toApiError(response.status, error);
  return data as Exclude<Result['data'], undefined>;
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
