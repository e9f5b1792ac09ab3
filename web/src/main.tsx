import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { createTheme, MantineProvider, Table, type CSSVariablesResolver } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { createRouter } from './app/router';
import { initI18n } from './lib/i18n';
import { createQueryClient } from './lib/query-client';

initI18n();

/** System fonts only (no download): Korean-capable faces first on each platform. */
const fontFamily =
  '-apple-system, BlinkMacSystemFont, "Apple SD Gothic Neo", "Malgun Gothic", "Noto Sans KR", "Noto Sans CJK KR", "Segoe UI", Roboto, sans-serif';
// Shade 9 for filled colours and darker text for dimmed and light variants keep WCAG AA contrast (axe checks it).
// A table wider than a phone scrolls sideways in its container: the container takes focus so the keyboard can scroll it.
const theme = createTheme({
  fontFamily,
  headings: { fontFamily },
  primaryColor: 'blue',
  primaryShade: { light: 9, dark: 6 },
  autoContrast: true,
  defaultRadius: 'md',
  components: { TableScrollContainer: Table.ScrollContainer.extend({ defaultProps: { scrollAreaProps: { viewportProps: { tabIndex: 0 } } } }) },
});
const COLORS = ['blue', 'teal', 'green', 'yellow', 'orange', 'red', 'gray', 'grape', 'dark'];
const contrast: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-primary-color-light-color': 'color-mix(in srgb, var(--mantine-color-blue-9), black 25%)',
    '--mantine-primary-color-light': 'var(--mantine-color-blue-0)',
    ...Object.fromEntries(COLORS.flatMap((c) => [
      [`--mantine-color-${c}-light-color`, `color-mix(in srgb, var(--mantine-color-${c}-9), black 35%)`],
      [`--mantine-color-${c}-light`, `var(--mantine-color-${c}-0)`],
      [`--mantine-color-${c}-text`, `color-mix(in srgb, var(--mantine-color-${c}-9), black 25%)`],
    ])),
  },
  dark: {},
});
const queryClient = createQueryClient();
const router = createRouter(queryClient);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme} cssVariablesResolver={contrast}>
      <Notifications position="top-right" />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
