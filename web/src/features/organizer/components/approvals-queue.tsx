import { Alert, Badge, Button, Checkbox, Group, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/empty-state';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { useAccounts, useSetAccountStatus, type AccountRow } from '../api/organizer';

/** The investor's firm, the corporate's company or the startup's name. */
function orgName({ profile: p }: AccountRow): string {
  if (!p) return '—';
  return 'firm' in p ? p.firm : 'company' in p ? p.company : p.name;
}

/** Investors and corporates waiting for approval: approve or reject one or many at once. */
export function ApprovalsQueue() {
  const { t } = useTranslation();
  const [role, setRole] = useState<'' | 'investor' | 'corporate'>('');
  const accounts = useAccounts('pending', role);
  const setStatus = useSetAccountStatus();
  const [selected, setSelected] = useState<string[]>([]);
  const rows = accounts.data?.items ?? [];
  const allChecked = rows.length > 0 && selected.length === rows.length;

  const act = (status: 'active' | 'rejected', ids = selected) => setStatus.mutate({ ids, status }, { onSuccess: () => setSelected((s) => s.filter((x) => !ids.includes(x))) });

  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <SegmentedControl
          aria-label={t('approvals.role')}
          value={role}
          onChange={(v) => {
            setRole(v as typeof role);
            setSelected([]);
          }}
          data={[
            { value: '', label: t('common.all') },
            { value: 'investor', label: t('roles.investor') },
            { value: 'corporate', label: t('roles.corporate') },
          ]}
        />
        <Group gap="xs">
          <Button color="teal" disabled={selected.length === 0} loading={setStatus.isPending} onClick={() => act('active')}>
            {t('approvals.approveSelected', { count: selected.length })}
          </Button>
          <Button color="red" variant="light" disabled={selected.length === 0} loading={setStatus.isPending} onClick={() => act('rejected')}>
            {t('approvals.rejectSelected', { count: selected.length })}
          </Button>
        </Group>
      </Group>
      <Alert color="gray">{t('approvals.help')}</Alert>
      <ErrorAlert error={accounts.error ?? setStatus.error} />
      {accounts.isLoading && <Loading />}
      {accounts.data && rows.length === 0 && <EmptyState title={t('approvals.empty')} />}
      {rows.length > 0 && (
        <Table.ScrollContainer minWidth={560}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={40}>
                  <Checkbox aria-label={t('approvals.selectAll')} checked={allChecked} indeterminate={selected.length > 0 && !allChecked} onChange={() => setSelected(allChecked ? [] : rows.map((r) => r.id))} />
                </Table.Th>
                <Table.Th>{t('approvals.name')}</Table.Th>
                <Table.Th>{t('approvals.organization')}</Table.Th>
                <Table.Th>{t('approvals.role')}</Table.Th>
                <Table.Th>{t('approvals.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>
                    <Checkbox
                      aria-label={t('approvals.select', { name: a.displayName })}
                      checked={selected.includes(a.id)}
                      onChange={(e) => {
                        const on = e.currentTarget.checked;
                        setSelected((s) => (on ? [...s, a.id] : s.filter((x) => x !== a.id)));
                      }}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {a.displayName}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {a.email}
                    </Text>
                  </Table.Td>
                  <Table.Td>{orgName(a)}</Table.Td>
                  <Table.Td>
                    <Badge variant="light">{t(`roles.${a.role}`)}</Badge>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Button size="compact-xs" color="teal" onClick={() => act('active', [a.id])} aria-label={t('approvals.approveOne', { name: a.displayName })}>
                        {t('approvals.approve')}
                      </Button>
                      <Button size="compact-xs" color="red" variant="light" onClick={() => act('rejected', [a.id])} aria-label={t('approvals.rejectOne', { name: a.displayName })}>
                        {t('approvals.reject')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
