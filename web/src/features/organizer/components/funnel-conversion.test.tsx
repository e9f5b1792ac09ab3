import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { initI18n } from '@/lib/i18n';
import { ConversionDetail } from './dashboard';
import { funnelRows } from './report-data';
import type { FunnelCounts } from '../api/reports';

const counts = (rest: Partial<FunnelCounts>): FunnelCounts => ({
  matched: 200, decided: 0, mutual: 0, requested: 0, accepted: 0, booked: 0, published: 0, held: 0, followUp: 0, ...rest,
});
const row = (c: FunnelCounts, stage: string) => funnelRows(c).find((r) => r.stage === stage)!;
const show = (c: FunnelCounts, stage: string) => render(<MantineProvider><p data-testid="d"><ConversionDetail row={row(c, stage)} /></p></MantineProvider>);

describe('ConversionDetail', () => {
  it('names the stage a share is of', async () => {
    await initI18n().changeLanguage('en');
    show(counts({ mutual: 70, requested: 121 }), 'requested');
    expect(screen.getByTestId('d')).toHaveTextContent('60.5% of matched');
  });

  it('says it in Korean too', async () => {
    await initI18n().changeLanguage('ko');
    show(counts({ requested: 40, accepted: 10 }), 'accepted');
    expect(screen.getByTestId('d')).toHaveTextContent('요청의 25%');
  });

  it('shows "—" after an empty stage and says why to a screen reader', async () => {
    await initI18n().changeLanguage('en');
    show(counts({}), 'held');
    const d = screen.getByTestId('d');
    expect(d).toHaveTextContent('—');
    expect(d).toHaveTextContent('no share: nothing booked yet');
    expect(d.querySelector('[aria-hidden]')).toHaveTextContent('—');
  });
});
