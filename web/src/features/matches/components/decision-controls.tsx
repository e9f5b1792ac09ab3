import { Button, Group, Select, Stack, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { useDecide, type Decision, type DeclineReason, type MatchItem } from '../api/matches';

const DECISIONS: { value: Decision; color: string }[] = [
  { value: 'interested', color: 'teal' },
  { value: 'maybe', color: 'yellow' },
  { value: 'declined', color: 'gray' },
];
const REASONS: DeclineReason[] = ['stage', 'sector', 'ticket', 'traction', 'team', 'other'];

/** Interested / maybe / declined with a private note (and a reason when declining). */
export function DecisionControls({ match, eventId, noteOpen, onNoteOpenChange }: { match: MatchItem; eventId: string; noteOpen?: boolean; onNoteOpenChange?: (open: boolean) => void }) {
  const { t } = useTranslation();
  const decide = useDecide(eventId);
  const [note, setNote] = useState(match.myNote ?? '');
  const [reason, setReason] = useState<DeclineReason | null>(match.myReason ?? null);
  const [showNote, setShowNote] = useState(!!match.myNote);
  useEffect(() => setNote(match.myNote ?? ''), [match.id, match.myNote]);
  const open = noteOpen ?? showNote;

  const send = (decision: Decision) =>
    decide.mutate({ matchId: match.id, decision, note: note.trim() || undefined, reason: decision === 'declined' ? (reason ?? undefined) : undefined });

  return (
    <Stack gap="xs">
      <Group gap="xs" role="group" aria-label={t('matches.decision')}>
        {DECISIONS.map((d) => (
          <Button
            key={d.value}
            size="xs"
            color={d.color}
            variant={match.myDecision === d.value ? 'filled' : 'light'}
            aria-pressed={match.myDecision === d.value}
            loading={decide.isPending && decide.variables?.decision === d.value}
            onClick={() => send(d.value)}
          >
            {t(`decisions.${d.value}`)}
          </Button>
        ))}
        {!open && (
          <Button size="xs" variant="subtle" onClick={() => (onNoteOpenChange ? onNoteOpenChange(true) : setShowNote(true))}>
            {t('matches.addNote')}
          </Button>
        )}
      </Group>
      {open && (
        <Group align="flex-end" gap="xs" wrap="wrap">
          <Textarea
            label={t('matches.privateNote')}
            description={t('matches.privateNoteHelp')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            autosize
            minRows={1}
            maxLength={2000}
            style={{ flex: 1, minWidth: 200 }}
            data-autofocus
          />
          <Select
            label={t('matches.declineReason')}
            data={REASONS.map((r) => ({ value: r, label: t(`declineReasons.${r}`) }))}
            value={reason}
            onChange={(v) => setReason(v as DeclineReason | null)}
            clearable
            w={160}
          />
          {match.myDecision && (
            <Button size="sm" variant="light" onClick={() => send(match.myDecision!)} loading={decide.isPending}>
              {t('matches.saveNote')}
            </Button>
          )}
        </Group>
      )}
      <ErrorAlert error={decide.error} />
    </Stack>
  );
}
