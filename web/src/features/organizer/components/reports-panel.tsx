import { Button, Group, Menu, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/empty-state';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { SectionCard } from '@/components/section-card';
import { downloadFile } from '@/lib/api-client';
import { formatMoney } from '@/lib/format';
import { useDeclineReasons } from '../api/organizer';
import { REPORT_EXPORTS, useOutcomesReport, type OutcomesReport } from '../api/reports';
import { BarChart } from './bar-chart';
import { ConceptReportSection } from './concept-report';
import { followUpBars } from './report-data';

/** What the post-event report needs: follow-ups by kind with their amounts, amounts per currency. */
function Outcomes({ report }: { report: OutcomesReport }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const o = report.outcomes;
  const money = (total: number, currency: string) => formatMoney({ amount: total, currency }, lang);
  return (
    <SectionCard title={t('reports.outcomes')}>
      <SimpleGrid cols={{ base: 2, sm: 4 }} mb="md">
        {[
          { label: t('reports.recorded'), value: o.recorded },
          { label: t('reports.meetingsWithOutcome'), value: o.meetings },
          { label: t('reports.saidHeld'), value: o.held },
          { label: t('reports.saidNotHeld'), value: o.notHeld },
        ].map((c) => (
          <div key={c.label}>
            <Text size="xs" c="dimmed">
              {c.label}
            </Text>
            <Text fw={700} size="lg">
              {c.value.toLocaleString(lang)}
            </Text>
          </div>
        ))}
      </SimpleGrid>
      <Title order={3} size="h5" mb="xs">
        {t('reports.followUpsByKind')}
      </Title>
      <BarChart
        label={t('reports.followUpsByKind')}
        color="teal"
        rows={followUpBars(report).map((b) => ({
          key: b.kind,
          label: t(`meeting.followUpKinds.${b.kind}`),
          share: b.share,
          value: b.reports.toLocaleString(lang),
          detail: t('reports.inMeetings', { count: b.meetings }),
        }))}
      />
      <Table.ScrollContainer minWidth={560} mt="md">
        <Table striped fz="sm">
          <Table.Caption>{t('reports.followUpsTable')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('reports.kind')}</Table.Th>
              <Table.Th ta="right">{t('reports.reports')}</Table.Th>
              <Table.Th ta="right">{t('reports.meetings')}</Table.Th>
              <Table.Th ta="right">{t('reports.sides.startup')}</Table.Th>
              <Table.Th ta="right">{t('reports.sides.counterpart')}</Table.Th>
              <Table.Th ta="right">{t('reports.amounts')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.followUps.map((f) => (
              <Table.Tr key={f.kind}>
                <Table.Th scope="row" fw={500}>
                  {t(`meeting.followUpKinds.${f.kind}`)}
                </Table.Th>
                <Table.Td ta="right">{f.reports.toLocaleString(lang)}</Table.Td>
                <Table.Td ta="right">{f.meetings.toLocaleString(lang)}</Table.Td>
                <Table.Td ta="right">{f.bySide.startup.toLocaleString(lang)}</Table.Td>
                <Table.Td ta="right">{f.bySide.counterpart.toLocaleString(lang)}</Table.Td>
                <Table.Td ta="right">{f.amounts.length ? f.amounts.map((a) => money(a.total, a.currency)).join(' · ') : '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Title order={3} size="h5" mt="md" mb="xs">
        {t('reports.amountsByCurrency')}
      </Title>
      {report.amounts.length === 0 ? (
        <Text size="sm">{t('reports.noAmounts')}</Text>
      ) : (
        <>
          <BarChart
            label={t('reports.amountsByCurrency')}
            color="grape"
            rows={report.amounts.map((a) => ({
              key: a.currency,
              label: a.currency,
              // Amounts are never added or compared across currencies: the bars compare how often each was named.
              share: a.reports / Math.max(1, ...report.amounts.map((x) => x.reports)),
              value: money(a.total, a.currency),
              detail: t('reports.inReports', { count: a.reports }),
            }))}
          />
          <Text size="xs" c="dimmed" mt={4}>
            {t('reports.amountBarHelp')}
          </Text>
          <Table.ScrollContainer minWidth={520} mt="sm">
            <Table striped fz="sm">
              <Table.Caption>{t('reports.amountsTable')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('reports.currency')}</Table.Th>
                  <Table.Th ta="right">{t('reports.total')}</Table.Th>
                  <Table.Th ta="right">{t('reports.reports')}</Table.Th>
                  <Table.Th ta="right">{t('reports.meetings')}</Table.Th>
                  <Table.Th ta="right">{t('reports.sides.startup')}</Table.Th>
                  <Table.Th ta="right">{t('reports.sides.counterpart')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.amounts.map((a) => (
                  <Table.Tr key={a.currency}>
                    <Table.Th scope="row" fw={500}>
                      {a.currency}
                    </Table.Th>
                    <Table.Td ta="right">{money(a.total, a.currency)}</Table.Td>
                    <Table.Td ta="right">{a.reports.toLocaleString(lang)}</Table.Td>
                    <Table.Td ta="right">{a.meetings.toLocaleString(lang)}</Table.Td>
                    <Table.Td ta="right">{money(a.bySide.startup.total, a.currency)}</Table.Td>
                    <Table.Td ta="right">{money(a.bySide.counterpart.total, a.currency)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </SectionCard>
  );
}

/** A menu of exports (funnel, outcomes, no-shows, schedule as CSV and JSON; concepts as JSON), outcomes by kind, the technology concepts and the reasons members gave when declining. */
export function ReportsPanel({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const reasons = useDeclineReasons(eventId);
  const outcomes = useOutcomesReport(eventId);
  const [error, setError] = useState<unknown>(null);
  const get = (path: string, name: string) => {
    setError(null);
    downloadFile(path, name).catch(setError);
  };
  return (
    <Stack>
      {/* The downloads are one compact menu, so a phone opens on the figures (and the keyboard reaches the menu first). */}
      <Group justify="flex-end">
        <Menu position="bottom-end">
          <Menu.Target>
            <Button variant="light" size="sm" rightSection={<span aria-hidden>▾</span>}>
              {t('reports.download')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Label>{t('reports.exports')}</Menu.Label>
            {REPORT_EXPORTS.map((x) => (
              <Menu.Item key={x.key} onClick={() => get(`/v1/events/${eventId}/${x.path}`, x.file)}>
                {t(`reports.export.${x.key}`)}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      </Group>
      <ErrorAlert error={error} />
      {outcomes.isLoading && <Loading />}
      <ErrorAlert error={outcomes.error} />
      {outcomes.data && <Outcomes report={outcomes.data} />}
      <ConceptReportSection eventId={eventId} />
      <SectionCard title={t('reports.declineReasons')}>
        <ErrorAlert error={reasons.error} />
        {reasons.data && reasons.data.items.length === 0 && <EmptyState title={t('reports.noDeclines')}>{t('reports.noDeclinesHelp')}</EmptyState>}
        {reasons.data && reasons.data.items.length > 0 && (
          <Table.ScrollContainer minWidth={360}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('reports.side')}</Table.Th>
                  <Table.Th>{t('matches.kind')}</Table.Th>
                  <Table.Th>{t('reports.reason')}</Table.Th>
                  <Table.Th ta="right">{t('reports.count')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {reasons.data.items.map((r, i) => (
                  <Table.Tr key={i}>
                    <Table.Td>{t(`reports.sides.${r.side}`, { defaultValue: r.side })}</Table.Td>
                    <Table.Td>{t(`matches.kinds.${r.kind}`, { defaultValue: r.kind })}</Table.Td>
                    <Table.Td>{r.reason ? t(`declineReasons.${r.reason}`, { defaultValue: r.reason }) : <Text span c="dimmed">—</Text>}</Table.Td>
                    <Table.Td ta="right">{r.count}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </SectionCard>
    </Stack>
  );
}
