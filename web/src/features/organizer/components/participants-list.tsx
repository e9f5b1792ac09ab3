import { Badge, Group, Paper, Text, TextInput } from '@mantine/core';
import { memo, useMemo, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { useAllParticipants, type Participant } from '../api/organizer';
import { sameSpan, visibleSpan, type Span } from './board-logic';
import classes from './participants-list.module.css';
import { useScrollWindow } from './use-scroll-window';

export function filterParticipants<P extends { role: string; displayName: string }>(items: P[], query: string, role: string | null): P[] {
  const q = query.trim().normalize('NFKC').toLowerCase();
  return items.filter((p) => (!role || p.role === role) && (!q || p.displayName.normalize('NFKC').toLowerCase().includes(q)));
}

/** Row height in px; the stylesheet draws the same. */
const ROW = 48;
/** Rows beyond the viewport kept rendered either side, so a fast scroll does not show blank rows. */
const OVERSCAN = 6;
const ROLES = [null, 'startup', 'investor', 'corporate'] as const;

/**
 * Thousands of participants: searchable, only the rows in view rendered. The search and role filter sit apart from
 * the rows, so scrolling renders neither them nor the rows already in view.
 */
export function ParticipantsList({ eventId }: { eventId: string }) {
  const all = useAllParticipants(eventId);
  const [query, setQuery] = useState('');
  const [role, setRole] = useState<string | null>(null);
  const rows = useMemo(() => filterParticipants(all.data ?? [], query, role), [all.data, query, role]);

  if (all.isLoading) return <Loading />;
  if (all.error) return <ErrorAlert error={all.error} />;
  return (
    <>
      <ParticipantsToolbar query={query} onQuery={setQuery} role={role} onRole={setRole} count={rows.length} />
      <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
        <ParticipantRows rows={rows} />
      </Paper>
    </>
  );
}

const ParticipantsToolbar = memo(function ParticipantsToolbar({
  query,
  onQuery,
  role,
  onRole,
  count,
}: {
  query: string;
  onQuery: (q: string) => void;
  role: string | null;
  onRole: (r: string | null) => void;
  count: number;
}) {
  const { t } = useTranslation();
  return (
    <Group mb="sm" wrap="wrap">
      <TextInput placeholder={t('participants.search')} aria-label={t('participants.search')} value={query} onChange={(e) => onQuery(e.currentTarget.value)} style={{ flex: 1, minWidth: 200 }} />
      <Group gap={4}>
        {ROLES.map((r) => (
          <Badge key={r ?? 'all'} component="button" type="button" variant={role === r ? 'filled' : 'light'} onClick={() => onRole(r)} style={{ cursor: 'pointer' }}>
            {r ? t(`roles.${r}`) : t('common.all')}
          </Badge>
        ))}
      </Group>
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('participants.count', { count })}
      </Text>
    </Group>
  );
});

/**
 * The rows in view of the scroller: read on each scroll and resize and rendered at once (flushSync), and changed only
 * when a row enters or leaves the view (as the schedule board's grid).
 */
function useListWindow(scroller: RefObject<HTMLDivElement | null>, count: number): Span {
  return useScrollWindow(
    scroller,
    () => ({ from: 0, to: Math.min(count, 16) }),
    (el) => visibleSpan(el.scrollTop, el.clientHeight, ROW, count, OVERSCAN),
    sameSpan,
    [count],
  );
}

/** The scrolling list: a full-height canvas with only the rows in view, each a memoised row of plain elements. */
const ParticipantRows = memo(function ParticipantRows({ rows }: { rows: Participant[] }) {
  const { t } = useTranslation();
  const parent = useRef<HTMLDivElement>(null);
  const span = useListWindow(parent, rows.length);
  // Role and status words once per language, not once per row.
  const words = useMemo(() => {
    const made = new Map<string, string>();
    return (key: string, fallback: string) => {
      let word = made.get(key);
      if (word === undefined) made.set(key, (word = t(key, { defaultValue: fallback })));
      return word;
    };
  }, [t]);
  const items = [];
  // Within the rows: a search that leaves fewer renders before the window follows (in the layout effect, before paint).
  for (let i = Math.min(span.from, rows.length), to = Math.min(span.to, rows.length); i < to; i++) {
    const p = rows[i];
    items.push(
      <ParticipantRow
        key={p.accountId}
        name={p.displayName}
        top={i * ROW}
        role={words(`roles.${p.role}`, p.role)}
        status={p.status === 'active' ? null : words(`status.${p.status}`, p.status)}
      />,
    );
  }
  return (
    <div ref={parent} className={classes.scroller} role="list" aria-label={t('nav.participants')} tabIndex={0}>
      <div style={{ height: rows.length * ROW, position: 'relative' }}>{items}</div>
    </div>
  );
});

/** One row: plain elements of fixed height, memoised on its texts and place, so rows already in view are not rendered again. */
const ParticipantRow = memo(function ParticipantRow({ name, top, role, status }: { name: string; top: number; role: string; status: string | null }) {
  return (
    <div role="listitem" className={classes.row} style={{ top }}>
      <span className={classes.name}>{name}</span>
      <span className={classes.tags}>
        <span className={classes.tag}>{role}</span>
        {status && <span className={`${classes.tag} ${classes.pending}`}>{status}</span>}
      </span>
    </div>
  );
});
