import { Badge, Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '@/components/empty-state';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { formatLocalDate } from '@/lib/format';
import { useCloseDemand, useMyDemands, type Demand } from '../api/demands';
import { DemandForm } from './demand-form';

export function DemandSummary({ d }: { d: Demand }) {
  const { t, i18n } = useTranslation();
  return (
    <Group gap={6}>
      {d.sectors.map((s) => (
        <Badge key={s} variant="light" size="sm">
          {t(`sectors.${s}`)}
        </Badge>
      ))}
      {d.collaboration.map((c) => (
        <Badge key={c} variant="outline" size="sm" color="grape">
          {t(`collaboration.${c}`)}
        </Badge>
      ))}
      {d.minTrl && (
        <Text size="xs" c="dimmed">
          TRL ≥ {d.minTrl}
        </Text>
      )}
      {d.deadline && (
        <Text size="xs" c="dimmed">
          {t('demands.deadlineOn', { date: formatLocalDate(d.deadline, i18n.language) })}
        </Text>
      )}
    </Group>
  );
}

/** A corporate's demands: create, edit, close, and open the startups matched to each. */
export function DemandList({ ownerId }: { ownerId: string }) {
  const { t } = useTranslation();
  const demands = useMyDemands(ownerId);
  const close = useCloseDemand();
  const [editing, setEditing] = useState<Demand | undefined>();
  const [opened, { open, close: hide }] = useDisclosure(false);
  const [closing, setClosing] = useState<Demand | null>(null);

  const edit = (d?: Demand) => {
    setEditing(d);
    open();
  };

  return (
    <Stack>
      <Group>
        <Button onClick={() => edit(undefined)}>{t('demands.create')}</Button>
      </Group>
      {demands.isLoading && <Loading />}
      <ErrorAlert error={demands.error ?? close.error} />
      {demands.data?.items.length === 0 && <EmptyState title={t('demands.empty')}>{t('demands.emptyHelp')}</EmptyState>}
      <Stack component="ul" gap="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {demands.data?.items.map((d) => (
          <Paper key={d.id} withBorder p="md" radius="md" component="li">
            <Stack gap={6}>
              <Title order={2} size="h4">
                {d.title}
              </Title>
              <DemandSummary d={d} />
              <Text size="sm" lineClamp={2}>
                {d.description}
              </Text>
              <Group gap="xs">
                <Button component={Link} to={`/demands/${d.id}`} size="xs">
                  {t('demands.matchedStartups')}
                </Button>
                <Button size="xs" variant="default" onClick={() => edit(d)}>
                  {t('common.edit')}
                </Button>
                <Button size="xs" variant="subtle" color="red" onClick={() => setClosing(d)}>
                  {t('demands.close')}
                </Button>
              </Group>
            </Stack>
          </Paper>
        ))}
      </Stack>
      <Modal closeButtonProps={{ 'aria-label': t('common.close') }} opened={opened} onClose={hide} title={editing ? t('demands.edit') : t('demands.create')} size="lg">
        <DemandForm demand={editing} onDone={hide} />
      </Modal>
      <Modal closeButtonProps={{ 'aria-label': t('common.close') }} opened={!!closing} onClose={() => setClosing(null)} title={t('demands.closeTitle')}>
        <Stack>
          <Text size="sm">{t('demands.closeHelp', { title: closing?.title ?? '' })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setClosing(null)}>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={close.isPending} onClick={() => closing && close.mutate(closing.id, { onSuccess: () => setClosing(null) })}>
              {t('demands.close')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
