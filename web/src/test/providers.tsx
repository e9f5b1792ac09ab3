import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';

/** A component under test in the providers the app gives it: Mantine, and a fresh query client whose reads never retry. */
export const withProviders = (ui: ReactNode) => (
  <MantineProvider>
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>{ui}</QueryClientProvider>
  </MantineProvider>
);

export const renderWithProviders = (ui: ReactNode) => render(withProviders(ui));
