// First: the recorded fetch must be in place before the typed client is created.
import { fetchMock, jsonResponse } from '@/test/fetch-mock';
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '@/lib/i18n';
import { en } from '@/locales/en';
import { RequestMeetingButton } from './request-meeting-button';

initI18n();
void initI18n().changeLanguage('en');
// Rendering Mantine's modal in jsdom takes seconds on a loaded machine.
vi.setConfig({ testTimeout: 30_000 });

beforeEach(() => fetchMock.mockReset());

async function send() {
  render(
    <MantineProvider>
      <QueryClientProvider client={new QueryClient({ defaultOptions: { mutations: { retry: false } } })}>
        <RequestMeetingButton matchId="m1" eventId="e1" withName="Han River Ventures" />
      </QueryClientProvider>
    </MantineProvider>,
  );
  await userEvent.click(screen.getByRole('button', { name: en.matches.requestMeeting }));
  await userEvent.click(await screen.findByRole('button', { name: en.matches.sendRequest }));
}

describe('RequestMeetingButton', () => {
  it('marks the match as requested when the server says a request is already open (409 request_open)', async () => {
    fetchMock.mockResolvedValue(jsonResponse(409, { statusCode: 409, code: 'conflict', message: 'This match already has an open meeting request', reason: 'request_open' }));
    await send();
    expect(await screen.findByText(en.matches.alreadyRequested)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: en.matches.sendRequest })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: en.matches.alreadyRequestedShort, hidden: true })).toBeDisabled();
    const request = fetchMock.mock.calls[0][0];
    expect([request.method, new URL(request.url).pathname]).toEqual(['POST', '/v1/events/e1/meeting-requests']);
  });

  it('explains any other 409 in its own words and lets the startup try again, without marking the match', async () => {
    fetchMock.mockResolvedValue(jsonResponse(409, { statusCode: 409, code: 'conflict', message: 'The event has ended' }));
    await send();
    expect(await screen.findByRole('alert')).toHaveTextContent('The event has ended');
    expect(screen.queryByText(en.matches.alreadyRequested)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: en.matches.sendRequest })).toBeEnabled();
    expect(screen.getByRole('button', { name: en.matches.requestMeeting, hidden: true })).toBeEnabled();
  });

  it('says a closed request in the catalogue’s words (409 request_closed), not as "already requested"', async () => {
    fetchMock.mockResolvedValue(jsonResponse(409, { statusCode: 409, code: 'invalid_transition', message: 'A booked request cannot be accepted', reason: 'request_closed' }));
    await send();
    expect(await screen.findByRole('alert')).toHaveTextContent(en.errors.reasons.request_closed);
    expect(screen.queryByText(en.matches.alreadyRequested)).not.toBeInTheDocument();
  });

  it('shows a sent request as sent', async () => {
    fetchMock.mockResolvedValue(jsonResponse(201, { id: 'r1', status: 'pending' }));
    await send();
    expect(await screen.findByText(en.matches.requestSentHelp)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: en.matches.requestSent, hidden: true })).toBeDisabled();
  });
});
