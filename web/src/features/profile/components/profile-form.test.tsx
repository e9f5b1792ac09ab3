// First: the recorded fetch must be in place before the typed client is created.
import { fetchMock, jsonResponse } from '@/test/fetch-mock';
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '@/lib/i18n';
import { CorporateProfileForm } from './corporate-profile-form';

const json = jsonResponse;

function renderForm() {
  initI18n();
  const client = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  render(
    <MantineProvider>
      <QueryClientProvider client={client}>
        <CorporateProfileForm profile={{ accountId: 'a1', company: ' Hanbit Motors ', country: 'KR', description: null }} />
      </QueryClientProvider>
    </MantineProvider>,
  );
}

describe('a profile form (the shared shell)', () => {
  beforeEach(() => fetchMock.mockReset());

  it('starts from the saved profile and sends back only what the API accepts', async () => {
    fetchMock.mockResolvedValue(json(200, { accountId: 'a1', company: 'Hanbit Motors', country: 'KR', description: null }));
    renderForm();
    expect(screen.getByRole('textbox', { name: /^company/i })).toHaveValue(' Hanbit Motors ');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    await screen.findByText('Saved.');
    const request = fetchMock.mock.calls[0][0];
    expect([request.method, new URL(request.url).pathname]).toEqual(['PUT', '/v1/me/corporate']);
    expect(await request.json()).toEqual({ company: 'Hanbit Motors', country: 'KR' });
  });

  it('shows a 400’s field errors beside the fields they name', async () => {
    fetchMock.mockResolvedValue(
      json(400, { statusCode: 400, code: 'validation_failed', message: 'company: must not be empty', errors: [{ field: 'company', message: 'company must not be empty' }] }),
    );
    renderForm();
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    const company = screen.getByRole('textbox', { name: /^company/i });
    await vi.waitFor(() => expect(company).toHaveAttribute('aria-invalid', 'true'));
    expect(company).toHaveAccessibleDescription(/company must not be empty/);
    expect(screen.getByRole('alert')).toBeInTheDocument();
  });
});
