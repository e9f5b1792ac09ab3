import { useSyncExternalStore } from 'react';

/** The bearer token lives in localStorage so a reload keeps the session; components subscribe to changes. */
const KEY = 'sgm.token';
const listeners = new Set<() => void>();

function read(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

let current = read();

export function getToken(): string | null {
  return current;
}

/**
 * The role the token was issued for, read from its claims without checking them: only to start a read sooner (the
 * server decides what the caller may read). Null for anything that is not a readable token.
 */
export function tokenRole(token: string): string | null {
  try {
    const claims: unknown = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
    return claims && typeof claims === 'object' && 'role' in claims && typeof claims.role === 'string' ? claims.role : null;
  } catch {
    return null;
  }
}

export function setToken(token: string | null): void {
  current = token;
  try {
    if (token) localStorage.setItem(KEY, token);
    else localStorage.removeItem(KEY);
  } catch {
    /* private mode: the session lasts for this tab only */
  }
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useToken(): string | null {
  return useSyncExternalStore(subscribe, getToken, getToken);
}
