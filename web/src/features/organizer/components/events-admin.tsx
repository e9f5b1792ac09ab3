import { Badge, Button, Grid, Group, Modal, MultiSelect, NumberInput, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import type { EventSummary } from '@/hooks/use-events';
import { formatLocalDate } from '@/lib/format';
import { SECTORS } from '@/lib/types';
import { zonedToInstant } from '@/lib/zoned-time';
import { useAddIrSession, useSaveEvent, type EventInput, type IrSessionInput } from '../api/events-admin';

const today = () => new Date().toISOString().slice(0, 10);
const EMPTY: EventInput = {
  name: '', venue: '', timezone: 'Asia/Seoul', startDate: today(), endDate: today(),
  meetingGrid: { dayStart: '09:00', dayEnd: '18:00', slotMinutes: 30, tables: 40 },
};

function EventForm({ event, onDone }: { event?: EventSummary; onDone: () => void }) {
  const { t } = useTranslation();
  const save = useSaveEvent();
  const [f, setF] = useState<EventInput>(
    event
      ? { name: event.name, venue: event.venue, timezone: event.timezone, startDate: event.startDate, endDate: event.endDate, meetingGrid: { dayStart: event.meetingGrid.dayStart, dayEnd: event.meetingGrid.dayEnd, slotMinutes: event.meetingGrid.slotMinutes, tables: event.meetingGrid.tables } }
      : EMPTY,
  );
  const grid = (patch: Partial<EventInput['meetingGrid']>) => setF({ ...f, meetingGrid: { ...f.meetingGrid, ...patch } });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({ id: event?.id, body: f }, { onSuccess: onDone });
  };
  return (
    <form onSubmit={submit} aria-label={event ? t('eventsAdmin.edit') : t('eventsAdmin.create')}>
      <Grid>
        <Grid.Col span={12}>
          <TextInput label={t('eventsAdmin.name')} required value={f.name} onChange={(e) => setF({ ...f, name: e.currentTarget.value })} data-autofocus />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput label={t('eventsAdmin.venue')} required value={f.venue} onChange={(e) => setF({ ...f, venue: e.currentTarget.value })} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput label={t('eventsAdmin.timezone')} required value={f.timezone} onChange={(e) => setF({ ...f, timezone: e.currentTarget.value })} />
        </Grid.Col>
        <Grid.Col span={6}>
          <TextInput type="date" label={t('eventsAdmin.startDate')} required value={f.startDate} onChange={(e) => setF({ ...f, startDate: e.currentTarget.value })} />
        </Grid.Col>
        <Grid.Col span={6}>
          <TextInput type="date" label={t('eventsAdmin.endDate')} required value={f.endDate} onChange={(e) => setF({ ...f, endDate: e.currentTarget.value })} />
        </Grid.Col>
        <Grid.Col span={6}>
          <TextInput type="time" label={t('eventsAdmin.dayStart')} required value={f.meetingGrid.dayStart} onChange={(e) => grid({ dayStart: e.currentTarget.value })} />
        </Grid.Col>
        <Grid.Col span={6}>
          <TextInput type="time" label={t('eventsAdmin.dayEnd')} required value={f.meetingGrid.dayEnd} onChange={(e) => grid({ dayEnd: e.currentTarget.value })} />
        </Grid.Col>
        <Grid.Col span={6}>
          <NumberInput label={t('eventsAdmin.slotMinutes')} min={5} max={240} value={f.meetingGrid.slotMinutes} onChange={(v) => grid({ slotMinutes: Number(v) || 30 })} />
        </Grid.Col>
        <Grid.Col span={6}>
          <NumberInput label={t('eventsAdmin.tables')} min={1} max={10000} value={f.meetingGrid.tables} onChange={(v) => grid({ tables: Number(v) || 1 })} />
        </Grid.Col>
        <Grid.Col span={12}>
          <ErrorAlert error={save.error} />
          <Button type="submit" mt="xs" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Grid.Col>
      </Grid>
    </form>
  );
}

function IrSessionForm({ event, onDone }: { event: EventSummary; onDone: () => void }) {
  const { t } = useTranslation();
  const add = useAddIrSession(event.id);
  const [title, setTitle] = useState('');
  const [room, setRoom] = useState('');
  const [date, setDate] = useState(event.startDate);
  const [time, setTime] = useState('10:00');
  const [slotMinutes, setSlotMinutes] = useState(10);
  const [slotCount, setSlotCount] = useState(10);
  const [sectors, setSectors] = useState<IrSessionInput['sectors']>([]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const startsAt = new Date(zonedToInstant(date, time, event.timezone)).toISOString();
    add.mutate({ title, room, startsAt, slotMinutes, slotCount, sectors }, { onSuccess: onDone });
  };
  return (
    <form onSubmit={submit} aria-label={t('eventsAdmin.addSession')}>
      <Stack>
        <TextInput label={t('eventsAdmin.sessionTitle')} required value={title} onChange={(e) => setTitle(e.currentTarget.value)} data-autofocus />
        <TextInput label={t('eventsAdmin.room')} required value={room} onChange={(e) => setRoom(e.currentTarget.value)} />
        <Group grow>
          <TextInput type="date" label={t('eventsAdmin.date')} value={date} onChange={(e) => setDate(e.currentTarget.value)} />
          <TextInput type="time" label={t('eventsAdmin.time', { zone: event.timezone })} value={time} onChange={(e) => setTime(e.currentTarget.value)} />
        </Group>
        <Group grow>
          <NumberInput label={t('eventsAdmin.slotMinutes')} min={1} max={240} value={slotMinutes} onChange={(v) => setSlotMinutes(Number(v) || 10)} />
          <NumberInput label={t('eventsAdmin.slotCount')} min={1} max={200} value={slotCount} onChange={(v) => setSlotCount(Number(v) || 1)} />
        </Group>
        <MultiSelect label={t('profile.sectors')} data={SECTORS.map((s) => ({ value: s, label: t(`sectors.${s}`) }))} value={sectors} onChange={(v) => setSectors(v as IrSessionInput['sectors'])} comboboxProps={{ withinPortal: true }} />
        <ErrorAlert error={add.error} />
        <Button type="submit" loading={add.isPending}>
          {t('eventsAdmin.addSession')}
        </Button>
      </Stack>
    </form>
  );
}

/** Events: create and edit (dates, meeting grid, tables) and add IR sessions. */
export function EventsAdmin({ events }: { events: EventSummary[] }) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState<EventSummary | 'new' | null>(null);
  const [sessionFor, setSessionFor] = useState<EventSummary | null>(null);
  return (
    <Stack>
      <Group>
        <Button onClick={() => setEditing('new')}>{t('eventsAdmin.create')}</Button>
      </Group>
      {events.map((e) => (
        <Paper key={e.id} withBorder p="md" radius="md">
          <Stack gap={4}>
            <Group gap="xs">
              <Title order={2} size="h4">
                {e.name}
              </Title>
              {e.schedulePublishedAt && <Badge color="teal">{t('schedule.published')}</Badge>}
            </Group>
            <Text size="sm" c="dimmed">
              {e.venue} · {formatLocalDate(e.startDate, i18n.language)} – {formatLocalDate(e.endDate, i18n.language)} · {e.timezone}
            </Text>
            <Text size="sm">
              {t('eventsAdmin.gridSummary', { start: e.meetingGrid.dayStart, end: e.meetingGrid.dayEnd, minutes: e.meetingGrid.slotMinutes, tables: e.meetingGrid.tables })}
            </Text>
            <Group gap="xs" mt={4}>
              <Button size="xs" variant="default" onClick={() => setEditing(e)}>
                {t('common.edit')}
              </Button>
              <Button size="xs" variant="light" onClick={() => setSessionFor(e)}>
                {t('eventsAdmin.addSession')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      ))}
      <Modal closeButtonProps={{ 'aria-label': t('common.close') }} opened={editing !== null} onClose={() => setEditing(null)} title={editing === 'new' ? t('eventsAdmin.create') : t('eventsAdmin.edit')} size="lg">
        {editing !== null && <EventForm event={editing === 'new' ? undefined : editing} onDone={() => setEditing(null)} />}
      </Modal>
      <Modal closeButtonProps={{ 'aria-label': t('common.close') }} opened={!!sessionFor} onClose={() => setSessionFor(null)} title={t('eventsAdmin.addSession')}>
        {sessionFor && <IrSessionForm event={sessionFor} onDone={() => setSessionFor(null)} />}
      </Modal>
    </Stack>
  );
}
