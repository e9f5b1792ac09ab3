import { Alert, Button, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { isRequestOpen, useRequestMeeting } from '../api/matches';

/**
 * Request a meeting with a message. The match shows as requested once the request is sent, or when the server says
 * one is already open (409 `request_open`); any other refusal is explained (lib/error-message) and may be retried.
 */
export function RequestMeetingButton({ matchId, eventId, withName }: { matchId: string; eventId: string; withName: string }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const [message, setMessage] = useState('');
  const request = useRequestMeeting(eventId);
  const alreadyOpen = isRequestOpen(request.error);
  const done = request.isSuccess || alreadyOpen;

  return (
    <>
      <Button size="xs" variant="outline" onClick={open} disabled={done}>
        {request.isSuccess ? t('matches.requestSent') : alreadyOpen ? t('matches.alreadyRequestedShort') : t('matches.requestMeeting')}
      </Button>
      <Modal closeButtonProps={{ 'aria-label': t('common.close') }} opened={opened} onClose={close} title={t('matches.requestMeetingWith', { name: withName })}>
        <Stack>
          {request.isSuccess && <Alert color="green">{t('matches.requestSentHelp')}</Alert>}
          {alreadyOpen && <Alert color="yellow">{t('matches.alreadyRequested')}</Alert>}
          {!done && (
            <>
              <Text size="sm" c="dimmed">
                {t('matches.requestHelp')}
              </Text>
              <Textarea label={t('matches.message')} value={message} onChange={(e) => setMessage(e.currentTarget.value)} autosize minRows={3} maxLength={2000} data-autofocus />
              <ErrorAlert error={request.error} />
              <Button onClick={() => request.mutate({ matchId, message: message.trim() || undefined })} loading={request.isPending}>
                {t('matches.sendRequest')}
              </Button>
            </>
          )}
          {done && <Button onClick={close}>{t('common.close')}</Button>}
        </Stack>
      </Modal>
    </>
  );
}
