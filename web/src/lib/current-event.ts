import { useSyncExternalStore } from 'react';

/** The event the member works in, remembered per browser. */
const KEY = 'sgm.event';
const listeners = new Set<() => void>();
let current: string | null = (() => {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
})();

export function setCurrentEventId(id: string | null): void {
  current = id;
  try {
    if (id) localStorage.setItem(KEY, id);
    else localStorage.removeItem(KEY);
  } catch {
    /* ignore */
  }
  listeners.forEach((l) => l());
}

/** The remembered event outside React (the router starts a page's reads with it). */
export const storedEventId = (): string | null => current;

export function useStoredEventId(): string | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
    () => current,
  );
}
