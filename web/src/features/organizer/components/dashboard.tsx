import { Anchor, Badge, Paper, Select, SegmentedControl, SimpleGrid, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '@/components/empty-state';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { SectionCard } from '@/components/section-card';
import { countryName } from '@/lib/countries';
import { useEventList } from '@/hooks/use-events';
import { browserTimeZone, formatPercent, formatTime } from '@/lib/format';
import { LIVE_INTERVAL_MS, useFunnelReport, useHeadcount, useNoShows, useOutcomesReport, type FunnelReport } from '../api/reports';
import { BarChart } from './bar-chart';
import { FUNNEL_STAGES, funnelGroups, funnelRows, noShowBars, type FunnelRow, type FunnelView } from './report-data';

function useGroupLabel() {
  const { t, i18n } = useTranslation();
  return (view: FunnelView, key: string) =>
    key === 'unknown' ? t('dashboard.unknown') : view === 'sector' ? t(`sectors.${key}`, { defaultValue: key }) : countryName(key, i18n.language);
}

/** A stage's conversion in words: "30 % of matched"; "—" (read out as why) when the stage it derives from is empty. */
export function ConversionDetail({ row }: { row: FunnelRow }) {
  const { t, i18n } = useTranslation();
  if (row.base === null) return null;
  const stage = t(`dashboard.stages.${row.base}`).toLocaleLowerCase(i18n.language);
  if (row.conversion === null)
    return (
      <>
        <span aria-hidden>—</span>
        <VisuallyHidden>{t('dashboard.noConversion', { stage })}</VisuallyHidden>
      </>
    );
  return <>{t('dashboard.ofStage', { percent: formatPercent(row.conversion, i18n.language), stage })}</>;
}

/** The funnel matched → follow-up as bars, overall or for one sector or country, with the groups side by side in a table. */
function FunnelChart({ report }: { report: FunnelReport }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const groupLabel = useGroupLabel();
  const [view, setView] = useState<FunnelView>('overall');
  const [picked, setPicked] = useState<string | null>(null);
  const groups = view === 'overall' ? [] : funnelGroups(report, view);
  const group = groups.find((g) => g.key === picked) ?? groups[0];
  const counts = view === 'overall' ? report.overall : group?.counts;
  const chartLabel = view === 'overall' || !group ? t('dashboard.funnel') : `${t('dashboard.funnel')}: ${groupLabel(view, group.key)}`;

  return (
    <SectionCard
      title={t('dashboard.funnel')}
      help={t('dashboard.funnelHelp')}
      actions={
        <SegmentedControl
          size="xs"
          aria-label={t('dashboard.funnelView')}
          value={view}
          onChange={(v) => {
            setView(v as FunnelView);
            setPicked(null);
          }}
          data={[
            { value: 'overall', label: t('dashboard.overall') },
            { value: 'sector', label: t('dashboard.bySector') },
            { value: 'country', label: t('dashboard.byCountry') },
          ]}
        />
      }
    >
      {view !== 'overall' && groups.length > 0 && (
        <Select
          mb="sm"
          maw={320}
          label={view === 'sector' ? t('dashboard.sector') : t('dashboard.country')}
          data={groups.map((g) => ({ value: g.key, label: `${groupLabel(view, g.key)} (${g.counts.matched.toLocaleString(lang)})` }))}
          value={group?.key ?? null}
          onChange={setPicked}
          allowDeselect={false}
        />
      )}
      {counts ? (
        <BarChart
          label={chartLabel}
          rows={funnelRows(counts).map((r) => ({
            key: r.stage,
            label: t(`dashboard.stages.${r.stage}`),
            share: r.share,
            value: r.count.toLocaleString(lang),
            detail: r.base === null ? undefined : <ConversionDetail row={r} />,
          }))}
        />
      ) : (
        <EmptyState title={t('dashboard.noGroups')} />
      )}
      {view !== 'overall' && groups.length > 0 && (
        <Table.ScrollContainer minWidth={720} mt="md">
          <Table striped fz="sm">
            <Table.Caption>{view === 'sector' ? t('dashboard.tableBySector') : t('dashboard.tableByCountry')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{view === 'sector' ? t('dashboard.sector') : t('dashboard.country')}</Table.Th>
                {FUNNEL_STAGES.map((s) => (
                  <Table.Th key={s} ta="right">
                    {t(`dashboard.stages.${s}`)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {groups.map((g) => (
                <Table.Tr key={g.key}>
                  <Table.Th scope="row" fw={500}>
                    {groupLabel(view, g.key)}
                  </Table.Th>
                  {FUNNEL_STAGES.map((s) => (
                    <Table.Td key={s} ta="right">
                      {g.counts[s].toLocaleString(lang)}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </SectionCard>
  );
}

/** No-shows by side (from the outcomes report) and the live list of started meetings with someone missing. */
function NoShows({ eventId }: { eventId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const report = useOutcomesReport(eventId);
  const live = useNoShows(eventId);
  const events = useEventList();
  const zone = events.data?.items.find((e) => e.id === eventId)?.timezone ?? browserTimeZone();
  const n = report.data?.noShows;
  return (
    <SectionCard
      title={t('dashboard.noShows')}
      actions={
        <Badge variant="dot" color="red">
          {t('dashboard.live', { seconds: LIVE_INTERVAL_MS / 1000 })}
        </Badge>
      }
    >
      <ErrorAlert error={report.error ?? live.error} />
      {n && (
        <>
          <Text size="sm" mb="sm">
            {t('dashboard.noShowSummary', { started: n.meetingsStarted.toLocaleString(lang), held: n.held.toLocaleString(lang), missing: n.meetings.toLocaleString(lang), marked: n.marked.toLocaleString(lang) })}
          </Text>
          <BarChart
            label={t('dashboard.noShowsBySide')}
            color="red"
            rows={noShowBars(report.data!).map((b) => ({
              key: b.side,
              label: t(`dashboard.absent.${b.side}`),
              share: b.share,
              value: b.count.toLocaleString(lang),
            }))}
          />
        </>
      )}
      <Title order={3} size="h5" mt="md" mb="xs">
        {t('dashboard.liveNoShows')}
      </Title>
      {live.isLoading && <Loading />}
      {live.data && live.data.items.length === 0 && <Text size="sm">{t('dashboard.noNoShows')}</Text>}
      {live.data && live.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={560}>
          <Table striped fz="sm" aria-label={t('dashboard.liveNoShows')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('dashboard.time')}</Table.Th>
                <Table.Th>{t('dashboard.tableNo')}</Table.Th>
                <Table.Th>{t('dashboard.absentParty')}</Table.Th>
                <Table.Th>{t('dashboard.presentParty')}</Table.Th>
                <Table.Th>{t('dashboard.state')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {live.data.items.map((m) => {
                const parties = [m.startup, m.counterpart];
                const absent = parties.filter((p) => m.absent.includes(p.accountId));
                const present = parties.filter((p) => !m.absent.includes(p.accountId));
                return (
                  <Table.Tr key={m.meetingId}>
                    <Table.Td>{formatTime(m.startsAt, zone, lang)}</Table.Td>
                    <Table.Td>{m.table}</Table.Td>
                    <Table.Td>{absent.map((p) => p.name).join(', ')}</Table.Td>
                    <Table.Td>{present.map((p) => p.name).join(', ') || '—'}</Table.Td>
                    <Table.Td>
                      <Badge color={m.marked ? 'red' : 'yellow'} variant="light">
                        {m.marked ? t('dashboard.marked') : t('dashboard.waiting')}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {live.data && live.data.total > live.data.items.length && (
        <Text size="xs" c="dimmed" mt="xs">
          {t('dashboard.moreNoShows', { count: live.data.total - live.data.items.length })}
        </Text>
      )}
    </SectionCard>
  );
}

export function OrganizerDashboard({ eventId }: { eventId: string }) {
  const { t, i18n } = useTranslation();
  const funnel = useFunnelReport(eventId);
  const headcount = useHeadcount(eventId);
  if (funnel.isLoading) return <Loading />;
  if (funnel.error) return <ErrorAlert error={funnel.error} />;
  const o = funnel.data!.overall;
  const cards = [
    { label: t('dashboard.participants'), value: headcount.data?.participants, to: '/organizer/participants' },
    { label: t('dashboard.pending'), value: headcount.data?.pending, to: '/organizer/approvals' },
    { label: t('dashboard.matches'), value: o.matched, to: '/organizer/matching' },
    { label: t('dashboard.booked'), value: o.booked, to: '/organizer/board' },
    { label: t('dashboard.held'), value: o.held, to: '/organizer/reports' },
    { label: t('dashboard.followUps'), value: o.followUp, to: '/organizer/reports' },
  ];
  return (
    <Stack>
      <ErrorAlert error={headcount.error} />
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }}>
        {cards.map((s) => (
          <Paper key={s.label} withBorder p="md" radius="md">
            <Text size="xs" c="dimmed">
              {s.label}
            </Text>
            <Text fw={700} size="xl">
              {s.value === undefined ? '…' : s.value.toLocaleString(i18n.language)}
            </Text>
            <Anchor component={Link} to={s.to} size="xs" aria-label={`${t('dashboard.open')}: ${s.label}`}>
              {t('dashboard.open')}
            </Anchor>
          </Paper>
        ))}
      </SimpleGrid>
      <FunnelChart report={funnel.data!} />
      <NoShows eventId={eventId} />
    </Stack>
  );
}
