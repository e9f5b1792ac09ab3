import { Alert, Box, Button, Group, List, Modal, Paper, Stack, Text, TextInput } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { SectionCard } from '@/components/section-card';
import { Loading } from '@/components/loading';
import { useEventList } from '@/hooks/use-events';
import { useNow } from '@/hooks/use-now';
import { browserTimeZone, formatDay, formatTime } from '@/lib/format';
import { useCheckIn, useMarkNoShow, useMeetingDetail, useOutcome, useSaveOutcome, type MeetingDetail } from '../api/attendance';
import { CHECK_IN_OPENS_BEFORE_MS, meetingActions, meetingOfPayload, normalizeCode, type MeetingActions } from './attendance-rules';
import { useCameraAvailable } from './camera';
import { MeetingStatusBadge } from './meeting-status';
import { OutcomeForm } from './outcome-form';

/** Buttons whose label carries a name may wrap on a phone instead of pushing the page sideways. */
const WRAP = { label: { whiteSpace: 'normal' as const, textAlign: 'left' as const } };

// The QR library and the camera decoder load only when a meeting page shows them.
const CheckInQr = lazy(() => import('./check-in-qr'));
const QrScanner = lazy(() => import('./qr-scanner'));

function nameOf(m: MeetingDetail, accountId: string | null): string {
  return m.parties.find((p) => p.accountId === accountId)?.name ?? '';
}

function Attendance({ meeting, me, actions, zone }: { meeting: MeetingDetail; me: string; actions: MeetingActions; zone: string }) {
  const { t, i18n } = useTranslation();
  const checkIn = useCheckIn(meeting.id);
  const opensAt = new Date(Date.parse(meeting.startsAt) - CHECK_IN_OPENS_BEFORE_MS).toISOString();
  return (
    <SectionCard title={t('meeting.attendance')}>
      <List spacing={4} mb="sm">
        {meeting.parties.map((p) => {
          const c = meeting.checkIns.find((x) => x.accountId === p.accountId);
          const who = p.accountId === me ? t('meeting.you') : p.name;
          return (
            <List.Item key={p.accountId}>
              {c ? t('meeting.checkedInAt', { name: who, time: formatTime(c.at, zone, i18n.language) }) : t('meeting.notCheckedIn', { name: who })}
            </List.Item>
          );
        })}
      </List>
      {meeting.noShow && (
        <Alert color="red" mb="sm">
          {t('meeting.noShowMarked', { name: meeting.noShow.accountId === me ? t('meeting.you') : nameOf(meeting, meeting.noShow.accountId) })}
        </Alert>
      )}
      {actions.party && actions.checkIn === 'not-yet' && <Text size="sm">{t('meeting.checkInOpensAt', { time: formatTime(opensAt, zone, i18n.language) })}</Text>}
      {actions.party && actions.checkIn === 'closed' && !actions.meCheckedIn && <Text size="sm">{t('meeting.checkInClosed')}</Text>}
      {actions.canCheckIn && (
        <Button onClick={() => checkIn.mutate(undefined)} loading={checkIn.isPending && checkIn.variables === undefined}>
          {t('meeting.checkIn')}
        </Button>
      )}
      <ErrorAlert error={checkIn.error} />
    </SectionCard>
  );
}

function Codes({ meeting, actions }: { meeting: MeetingDetail; actions: MeetingActions }) {
  const { t } = useTranslation();
  const checkIn = useCheckIn(meeting.id);
  const camera = useCameraAvailable();
  const [typed, setTyped] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const [scanning, setScanning] = useState(false);
  const other = nameOf(meeting, actions.otherId);
  const mine = meeting.myCheckInCode;

  const submit = (input: string) => {
    const code = normalizeCode(input);
    const forMeeting = code ? meetingOfPayload(code) : null;
    if (!code || (forMeeting !== null && forMeeting !== meeting.id.toLowerCase())) {
      setInvalid(t(forMeeting ? 'meeting.codeOtherMeeting' : 'meeting.codeInvalid'));
      return;
    }
    setInvalid(null);
    checkIn.mutate(code, { onSuccess: () => setTyped('') });
  };

  return (
    <SectionCard title={t('meeting.codesTitle')}>
      <Stack gap="md">
        {mine && (
          <Stack gap={4} align="flex-start">
            <Text size="sm">{t('meeting.myCodeHelp', { name: other })}</Text>
            <Text fw={700} ff="monospace" size="xl" style={{ letterSpacing: '0.2em' }}>
              {mine.code}
            </Text>
            <Box bg="white" p={4} style={{ borderRadius: 8, maxWidth: '100%' }}>
              <Suspense fallback={<Loading />}>
                <CheckInQr payload={mine.qrPayload} label={t('meeting.qrLabel', { code: mine.code })} />
              </Suspense>
            </Box>
          </Stack>
        )}
        <form
          onSubmit={(e) => {
            e.preventDefault();
            submit(typed);
          }}
        >
          <Stack gap="xs">
            <TextInput
              label={t('meeting.theirCode', { name: other })}
              description={t('meeting.theirCodeHelp')}
              value={typed}
              onChange={(e) => setTyped(e.currentTarget.value)}
              error={invalid}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              maxLength={120}
              styles={{ input: { fontFamily: 'monospace', letterSpacing: '0.15em' } }}
            />
            <Group gap="xs">
              <Button type="submit" variant="light" loading={checkIn.isPending} disabled={!typed.trim()}>
                {t('meeting.checkInTogether')}
              </Button>
              {camera && (
                <Button variant="subtle" onClick={() => setScanning(true)}>
                  {t('meeting.scan')}
                </Button>
              )}
            </Group>
          </Stack>
        </form>
        <ErrorAlert error={checkIn.error} />
      </Stack>
      <Modal opened={scanning} onClose={() => setScanning(false)} title={t('meeting.scanTitle', { name: other })}>
        {scanning && (
          <Suspense fallback={<Loading />}>
            <QrScanner
              onResult={(text) => {
                setScanning(false);
                submit(text);
              }}
            />
          </Suspense>
        )}
      </Modal>
    </SectionCard>
  );
}

function NoShow({ meeting, actions, zone }: { meeting: MeetingDetail; actions: MeetingActions; zone: string }) {
  const { t, i18n } = useTranslation();
  const mark = useMarkNoShow(meeting.id);
  const [confirming, setConfirming] = useState(false);
  const other = nameOf(meeting, actions.otherId);
  if (!actions.canMarkNoShow && !actions.noShowFrom) return null;
  return (
    <SectionCard title={t('meeting.noShowTitle')}>
      {actions.noShowFrom && <Text size="sm">{t('meeting.noShowFrom', { name: other, time: formatTime(actions.noShowFrom.toISOString(), zone, i18n.language) })}</Text>}
      {actions.canMarkNoShow && (
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{t('meeting.noShowHelp')}</Text>
          <Button color="red" variant="light" onClick={() => setConfirming(true)} h="auto" py={8} maw="100%" styles={WRAP}>
            {t('meeting.markNoShow', { name: other })}
          </Button>
        </Stack>
      )}
      <ErrorAlert error={mark.error} />
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('meeting.markNoShow', { name: other })}>
        <Text size="sm" mb="md">
          {t('meeting.noShowConfirm', { name: other })}
        </Text>
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={() => setConfirming(false)}>
            {t('common.cancel')}
          </Button>
          <Button color="red" loading={mark.isPending} onClick={() => mark.mutate(undefined, { onSettled: () => setConfirming(false) })}>
            {t('meeting.markNoShowConfirm')}
          </Button>
        </Group>
      </Modal>
    </SectionCard>
  );
}

function OutcomeSection({ meeting, me }: { meeting: MeetingDetail; me: string }) {
  const { t } = useTranslation();
  const recorded = meeting.outcomeRecordedBy.includes(me);
  const outcome = useOutcome(meeting.id, recorded);
  const save = useSaveOutcome(meeting.id);
  return (
    <SectionCard title={t('meeting.outcomeTitle')} help={t('meeting.outcomeHelp')}>
      {recorded && outcome.isLoading ? <Loading /> : <ErrorAlert error={outcome.error} />}
      {(!recorded || outcome.data) && <OutcomeForm key={outcome.data?.updatedAt ?? 'new'} saved={outcome.data ?? null} save={save} />}
    </SectionCard>
  );
}

/** One meeting for one of its parties: status, check-in (alone, by code or QR), no-show, and my outcome. */
export function MeetingPanel({ meetingId, me }: { meetingId: string; me: string }) {
  const { t, i18n } = useTranslation();
  const detail = useMeetingDetail(meetingId, { poll: true });
  const events = useEventList();
  const now = useNow();
  if (detail.isLoading) return <Loading />;
  if (detail.error) return <ErrorAlert error={detail.error} />;
  const meeting = detail.data!;
  const event = events.data?.items.find((e) => e.id === meeting.eventId);
  const zone = event?.timezone ?? browserTimeZone();
  const actions = meetingActions(meeting, me, now);
  const lang = i18n.language;
  const other = nameOf(meeting, actions.otherId);

  return (
    <Stack>
      <Paper withBorder p="md" radius="md">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Text fw={700} size="lg">
              {actions.party ? t('meeting.with', { name: other }) : meeting.parties.map((p) => p.name).join(' ↔ ')}
            </Text>
            <Text size="sm">
              {formatDay(meeting.startsAt, zone, lang)} · {formatTime(meeting.startsAt, zone, lang)}–{formatTime(meeting.endsAt, zone, lang)} ·{' '}
              {t('agenda.table', { table: meeting.table })}
            </Text>
            {event && (
              <Text size="sm" c="dimmed">
                {event.name} · {zone}
              </Text>
            )}
          </Stack>
          <MeetingStatusBadge meeting={meeting} />
        </Group>
        {meeting.provisional && (
          <Text size="sm" c="dimmed" mt="xs">
            {t('agenda.provisionalHelp')}
          </Text>
        )}
      </Paper>
      <Attendance meeting={meeting} me={me} actions={actions} zone={zone} />
      {actions.canUseCode && <Codes meeting={meeting} actions={actions} />}
      <NoShow meeting={meeting} actions={actions} zone={zone} />
      {actions.canRecordOutcome ? (
        <OutcomeSection meeting={meeting} me={me} />
      ) : (
        actions.party &&
        meeting.status !== 'cancelled' && (
          <Text size="sm" c="dimmed">
            {t('meeting.outcomeFromStart')}
          </Text>
        )
      )}
    </Stack>
  );
}
