import type { CalendarPerson } from '../agenda/icalendar';

/** `Name <address>` or a bare address, as MAIL_FROM holds it. */
export function parseMailbox(value: string): CalendarPerson {
  const m = /^\s*(.*?)\s*<([^<>\s]+)>\s*$/.exec(value);
  if (m) return { name: m[1].replace(/^"|"$/g, '') || m[2], email: m[2] };
  return { name: value.trim(), email: value.trim() };
}

/** The domain of the sender, for Message-IDs. */
export const mailDomain = (from: string) => parseMailbox(from).email.split('@')[1] ?? 'localhost';
