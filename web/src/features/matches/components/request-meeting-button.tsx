import { Alert, Button, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { ApiError } from '@/lib/api-client';
import { useRequestMeeting } from '../api/matches';

export function RequestMeetingButton({ matchId, eventId, withName }: { matchId: string; eventId: string; withName: string }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const [message, setMessage] = useState('');
  const request = useRequestMeeting(eventId);
  const alreadyOpen = request.error instanceof ApiError && request.error.status === 409;

  return (
    <>
      <Button size="xs" variant="outline" onClick={open} disabled={request.isSuccess}>
        {request.isSuccess ? t('matches.requestSent') : t('matches.requestMeeting')}
      </Button>
      <Modal closeButtonProps={{ 'aria-label': t('common.close') }} opened={opened} onClose={close} title={t('matches.requestMeetingWith', { name: withName })}>
        <Stack>
          {request.isSuccess ? (
            <Alert color="green">{t('matches.requestSentHelp')}</Alert>
          ) : (
            <>
              <Text size="sm" c="dimmed">
                {t('matches.requestHelp')}
              </Text>
              <Textarea label={t('matches.message')} value={message} onChange={(e) => setMessage(e.currentTarget.value)} autosize minRows={3} maxLength={2000} data-autofocus />
              {alreadyOpen ? <Alert color="yellow">{t('matches.alreadyRequested')}</Alert> : <ErrorAlert error={request.error} />}
              <Button onClick={() => request.mutate({ matchId, message: message.trim() || undefined })} loading={request.isPending}>
                {t('matches.sendRequest')}
              </Button>
            </>
          )}
          {request.isSuccess && <Button onClick={close}>{t('common.close')}</Button>}
        </Stack>
      </Modal>
    </>
  );
}
