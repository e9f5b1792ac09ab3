import { Button, Checkbox, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { MoneyInput } from '@/components/money-input';
import type { MoneyInputValue } from '@/lib/types';
import type { useSaveOutcome, FollowUpKind, Outcome } from '../api/attendance';
import { FOLLOW_UPS, toggleFollowUps } from './attendance-rules';

/**
 * My outcome of a meeting (held, follow-ups, an amount, a private note), prefilled with what I saved. The save
 * lives with the parent: the form is mounted afresh with what the server kept, and the confirmation stays.
 */
export function OutcomeForm({ saved, save }: { saved: Outcome | null; save: ReturnType<typeof useSaveOutcome> }) {
  const { t } = useTranslation();
  const [held, setHeld] = useState<'yes' | 'no'>(saved && !saved.held ? 'no' : 'yes');
  const [followUps, setFollowUps] = useState<FollowUpKind[]>(saved?.followUps ?? []);
  const [amount, setAmount] = useState<MoneyInputValue>((saved?.amount as MoneyInputValue | null) ?? { amount: 0, currency: 'KRW' });
  const [note, setNote] = useState(saved?.note ?? '');

  return (
    <form
      aria-label={t('meeting.outcomeTitle')}
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({
          held: held === 'yes',
          followUps,
          ...(amount.amount > 0 ? { amount } : {}),
          ...(note.trim() ? { note: note.trim() } : {}),
        });
      }}
    >
      <Stack gap="sm">
        <Radio.Group label={t('meeting.heldQuestion')} value={held} onChange={(v) => setHeld(v as 'yes' | 'no')}>
          <Group gap="md" mt={4}>
            <Radio value="yes" label={t('meeting.heldYes')} />
            <Radio value="no" label={t('meeting.heldNo')} />
          </Group>
        </Radio.Group>
        <Checkbox.Group
          label={t('meeting.followUps')}
          description={t('meeting.followUpsHelp')}
          value={followUps}
          onChange={(next) => setFollowUps(toggleFollowUps(followUps, next as FollowUpKind[]))}
        >
          <Group gap="sm" mt={4}>
            {FOLLOW_UPS.map((kind) => (
              <Checkbox key={kind} value={kind} label={t(`meeting.followUpKinds.${kind}`)} />
            ))}
          </Group>
        </Checkbox.Group>
        <MoneyInput label={t('meeting.amount')} value={amount} onChange={setAmount} />
        <Textarea label={t('meeting.note')} description={t('meeting.noteHelp')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={2} maxLength={4000} />
        <ErrorAlert error={save.error} />
        <Group gap="sm">
          <Button type="submit" loading={save.isPending}>
            {t('meeting.saveOutcome')}
          </Button>
          {save.isSuccess && (
            <Text size="sm" c="teal.9" role="status">
              {t('meeting.outcomeSaved')}
            </Text>
          )}
        </Group>
      </Stack>
    </form>
  );
}
