import { Alert, Badge, Button, CopyButton, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/empty-state';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { downloadFile } from '@/lib/api-client';
import { browserTimeZone, formatLocalDate, formatTime } from '@/lib/format';
import { useAgenda, useCalendarFeed, type AgendaItem, type AgendaMeeting } from '../api/agenda';
import { groupByDay, zonesDiffer } from './agenda-days';

function TimeRange({ item, eventZone, viewerZone, showViewer }: { item: AgendaItem; eventZone: string; viewerZone: string; showViewer: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <Stack gap={0} w={{ base: 96, sm: 120 }} style={{ flexShrink: 0 }}>
      <Text fw={700}>
        {formatTime(item.startsAt, eventZone, lang)}–{formatTime(item.endsAt, eventZone, lang)}
      </Text>
      {showViewer && (
        <Text size="xs" c="dimmed">
          {t('agenda.yourTime', { time: formatTime(item.startsAt, viewerZone, lang) })}
        </Text>
      )}
    </Stack>
  );
}

/**
 * The member's meetings and pitches by day, in the event's time zone (and the viewer's when different).
 * `meetingActions` adds what the page composes under each meeting (check-in, status: the meetings feature).
 */
export function AgendaView({ eventId, eventName, meetingActions }: { eventId: string; eventName: string; meetingActions?: (meeting: AgendaMeeting) => ReactNode }) {
  const { t, i18n } = useTranslation();
  const agenda = useAgenda(eventId);
  const [showFeed, setShowFeed] = useState(false);
  const feed = useCalendarFeed(eventId, showFeed);
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const viewerZone = browserTimeZone();

  if (agenda.isLoading) return <Loading />;
  if (agenda.error) return <ErrorAlert error={agenda.error} />;
  const data = agenda.data!;
  const showViewer = zonesDiffer(data.timezone, viewerZone);
  const days = groupByDay(data.items, data.timezone);
  const feedUrl = feed.data ? `${window.location.origin}${feed.data.path}` : '';

  return (
    <Stack>
      <Group gap="xs" wrap="wrap">
        <Button
          variant="light"
          onClick={() => {
            setDownloadError(null);
            downloadFile(`/v1/events/${eventId}/agenda.ics`, 'supergap-agenda.ics').catch(setDownloadError);
          }}
        >
          {t('agenda.downloadIcs')}
        </Button>
        <Button variant="subtle" onClick={() => setShowFeed(true)} disabled={showFeed}>
          {t('agenda.subscribe')}
        </Button>
      </Group>
      <ErrorAlert error={downloadError ?? feed.error} />
      {showFeed && feedUrl && (
        <Paper withBorder p="sm" radius="md">
          <Stack gap="xs">
            <Text size="sm">{t('agenda.subscribeHelp')}</Text>
            <Group gap="xs" wrap="nowrap">
              <TextInput aria-label={t('agenda.feedUrl')} value={feedUrl} readOnly style={{ flex: 1, minWidth: 0 }} onFocus={(e) => e.currentTarget.select()} />
              <CopyButton value={feedUrl}>
                {({ copied, copy }) => (
                  <Button onClick={copy} variant="light" color={copied ? 'teal' : 'blue'}>
                    {copied ? t('common.copied') : t('common.copy')}
                  </Button>
                )}
              </CopyButton>
            </Group>
            <Text size="xs" c="dimmed">
              {t('agenda.feedPrivate')}
            </Text>
          </Stack>
        </Paper>
      )}
      <Text size="sm" c="dimmed">
        {t('agenda.timesIn', { zone: data.timezone })}
        {showViewer ? ` ${t('agenda.viewerZone', { zone: viewerZone })}` : ''}
      </Text>
      {!data.published && data.items.length > 0 && <Alert color="blue">{t('agenda.provisionalHelp')}</Alert>}
      {days.length === 0 && <EmptyState title={t('agenda.empty')}>{t('agenda.emptyHelp')}</EmptyState>}
      {days.map((day) => (
        <section key={day.date} aria-label={formatLocalDate(day.date, i18n.language)}>
          <Title order={2} size="h4" mb="xs">
            {formatLocalDate(day.date, i18n.language)}
          </Title>
          <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {day.items.map((item) => (
              <Paper key={item.id} withBorder p="sm" radius="md" component="li">
                <Group wrap="nowrap" align="flex-start" gap="md">
                  <TimeRange item={item} eventZone={data.timezone} viewerZone={viewerZone} showViewer={showViewer} />
                  {item.type === 'meeting' ? (
                    <Stack gap={2} style={{ minWidth: 0 }}>
                      <Group gap={6}>
                        <Text fw={600}>{item.with.name}</Text>
                        <Badge variant="light" size="sm">
                          {t(`roles.${item.with.role}`, { defaultValue: item.with.role })}
                        </Badge>
                      </Group>
                      <Text size="sm">
                        {t('agenda.table', { table: item.table })} · {eventName}
                        {item.provisional ? ` · ${t('agenda.provisional')}` : ''}
                      </Text>
                      {meetingActions?.(item)}
                    </Stack>
                  ) : (
                    <Stack gap={2} style={{ minWidth: 0 }}>
                      <Group gap={6}>
                        <Text fw={600}>{item.session}</Text>
                        <Badge color="grape" variant="light" size="sm">
                          {t('agenda.pitch')}
                        </Badge>
                      </Group>
                      <Text size="sm">
                        {item.room} · {t('agenda.position', { position: item.position + 1 })}
                      </Text>
                    </Stack>
                  )}
                </Group>
              </Paper>
            ))}
          </Stack>
        </section>
      ))}
    </Stack>
  );
}
