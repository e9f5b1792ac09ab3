import { List, Select, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/empty-state';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { SectionCard } from '@/components/section-card';
import { useConceptReport, type ConceptReport } from '../api/reports';
import { BarChart } from './bar-chart';
import { conceptRows, defaultConceptSector, nameIn, unmatchedRows } from './concept-data';

function Concepts({ report }: { report: ConceptReport }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const num = (n: number) => n.toLocaleString(lang);
  const [picked, setPicked] = useState<string | null>(null);
  const sectorCode = picked ?? defaultConceptSector(report);
  const sector = report.sectors.find((s) => s.sector === sectorCode);
  const rows = sector ? conceptRows(sector, lang) : [];
  const unmatched = unmatchedRows(report, lang);
  const sectorName = sector ? nameIn(sector, lang) : '';
  return (
    <>
      <SimpleGrid cols={3} mb="md">
        {(['startups', 'investors', 'demands'] as const).map((k) => (
          <div key={k}>
            <Text size="xs" c="dimmed">
              {t(`reports.concepts.parties.${k}`)}
            </Text>
            <Text fw={700} size="lg">
              {num(report.parties[k])}
            </Text>
          </div>
        ))}
      </SimpleGrid>
      {report.sectors.length === 0 ? (
        <EmptyState title={t('reports.concepts.noStartups')} />
      ) : (
        <>
          <Select
            label={t('reports.concepts.sector')}
            data={report.sectors.map((s) => ({ value: s.sector, label: `${nameIn(s, lang)} (${num(s.startups)})` }))}
            value={sectorCode}
            onChange={(v) => v && setPicked(v)}
            allowDeselect={false}
            maw={360}
            mb="sm"
          />
          {sector && (
            <Text size="sm" mb="sm">
              {t('reports.concepts.coverage', { withConcepts: num(sector.startupsWithConcepts), startups: num(sector.startups) })}
            </Text>
          )}
          {rows.length === 0 ? (
            <Text size="sm">{t('reports.concepts.noConcepts')}</Text>
          ) : (
            <>
              <BarChart
                label={t('reports.concepts.barsLabel', { sector: sectorName })}
                color="indigo"
                rows={rows.map((r) => ({
                  key: r.id,
                  label: r.name,
                  share: r.bar,
                  value: num(r.startups),
                  detail: r.startupShare.toLocaleString(lang, { style: 'percent', maximumFractionDigits: 0 }),
                }))}
              />
              <Table.ScrollContainer minWidth={480} mt="md">
                <Table striped fz="sm">
                  <Table.Caption>{t('reports.concepts.tableCaption', { sector: sectorName })}</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('reports.concepts.concept')}</Table.Th>
                      <Table.Th ta="right">{t('reports.concepts.supply')}</Table.Th>
                      <Table.Th ta="right">{t('reports.concepts.investors')}</Table.Th>
                      <Table.Th ta="right">{t('reports.concepts.demands')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {rows.map((r) => (
                      <Table.Tr key={r.id}>
                        <Table.Th scope="row" fw={500}>
                          {r.name}
                        </Table.Th>
                        <Table.Td ta="right">{num(r.startups)}</Table.Td>
                        <Table.Td ta="right">{num(r.investors)}</Table.Td>
                        <Table.Td ta="right">{num(r.demands)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </>
          )}
        </>
      )}
      <Title order={3} size="h5" mt="md" mb="xs">
        {t('reports.concepts.unmatched')}
      </Title>
      <Text size="xs" c="dimmed" mb="xs">
        {t('reports.concepts.unmatchedHelp')}
      </Text>
      {unmatched.length === 0 ? (
        <Text size="sm">{t('reports.concepts.noUnmatched')}</Text>
      ) : (
        <List size="sm" spacing={4} aria-label={t('reports.concepts.unmatched')}>
          {unmatched.map((u) => (
            <List.Item key={u.id}>
              <Text span fw={600} size="sm">
                {u.name}
              </Text>{' '}
              <Text span size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                {t('reports.concepts.askedBy', { count: u.demands.length })}: {u.demands.map((d) => d.title).join(' · ')}
              </Text>
            </List.Item>
          ))}
        </List>
      )}
    </>
  );
}

/** The technology concepts across the event's startups, investors and demands (names in the UI language). */
export function ConceptReportSection({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const report = useConceptReport(eventId);
  return (
    <SectionCard title={t('reports.concepts.title')} help={t('reports.concepts.help')}>
      {report.isLoading && <Loading />}
      <ErrorAlert error={report.error} />
      {report.data && <Concepts report={report.data} />}
    </SectionCard>
  );
}
