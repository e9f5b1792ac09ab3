import { Badge, Group, Paper, Text, TextInput } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { useAllParticipants, type Participant } from '../api/organizer';

export function filterParticipants<P extends { role: string; displayName: string }>(items: P[], query: string, role: string | null): P[] {
  const q = query.trim().normalize('NFKC').toLowerCase();
  return items.filter((p) => (!role || p.role === role) && (!q || p.displayName.normalize('NFKC').toLowerCase().includes(q)));
}

const ROW = 48;

/** Thousands of participants: searchable, only the visible rows rendered. */
export function ParticipantsList({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const all = useAllParticipants(eventId);
  const [query, setQuery] = useState('');
  const [role, setRole] = useState<string | null>(null);
  const rows = useMemo(() => filterParticipants(all.data ?? [], query, role), [all.data, query, role]);
  const parent = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({ count: rows.length, getScrollElement: () => parent.current, estimateSize: () => ROW, overscan: 12 });

  if (all.isLoading) return <Loading />;
  if (all.error) return <ErrorAlert error={all.error} />;
  return (
    <>
      <Group mb="sm" wrap="wrap">
        <TextInput placeholder={t('participants.search')} aria-label={t('participants.search')} value={query} onChange={(e) => setQuery(e.currentTarget.value)} style={{ flex: 1, minWidth: 200 }} />
        <Group gap={4}>
          {[null, 'startup', 'investor', 'corporate'].map((r) => (
            <Badge key={r ?? 'all'} component="button" type="button" variant={role === r ? 'filled' : 'light'} onClick={() => setRole(r)} style={{ cursor: 'pointer' }}>
              {r ? t(`roles.${r}`) : t('common.all')}
            </Badge>
          ))}
        </Group>
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('participants.count', { count: rows.length })}
        </Text>
      </Group>
      <Paper withBorder radius="md">
        <div ref={parent} style={{ height: 'min(70vh, 640px)', overflow: 'auto' }} role="list" aria-label={t('nav.participants')} tabIndex={0}>
          <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
            {virtual.getVirtualItems().map((v) => (
              <ParticipantRow key={rows[v.index].accountId} participant={rows[v.index]} start={v.start} />
            ))}
          </div>
        </div>
      </Paper>
    </>
  );
}

/** One row; memoised, so scrolling renders only the rows that come into view. */
const ParticipantRow = memo(function ParticipantRow({ participant: p, start }: { participant: Participant; start: number }) {
  const { t } = useTranslation();
  return (
    <div role="listitem" style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW, transform: `translateY(${start}px)` }}>
      <Group h={ROW} px="md" justify="space-between" wrap="nowrap" style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}>
        <Text size="sm" truncate>
          {p.displayName}
        </Text>
        <Group gap={4} wrap="nowrap">
          <Badge variant="light" size="sm">
            {t(`roles.${p.role}`, { defaultValue: p.role })}
          </Badge>
          {p.status !== 'active' && (
            <Badge color="yellow" variant="light" size="sm">
              {t(`status.${p.status}`, { defaultValue: p.status })}
            </Badge>
          )}
        </Group>
      </Group>
    </div>
  );
});
