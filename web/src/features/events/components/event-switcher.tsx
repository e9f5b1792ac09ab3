import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { selectEvent, useCurrentEvent } from '@/hooks/use-events';

export function EventSwitcher() {
  const { t } = useTranslation();
  const { event, events } = useCurrentEvent();
  if (events.length === 0) return null;
  return (
    <Select
      aria-label={t('events.switch')}
      data={events.map((e) => ({ value: e.id, label: e.name }))}
      value={event?.id ?? null}
      onChange={(id) => id && selectEvent(id)}
      allowDeselect={false}
      size="xs"
      w={{ base: '100%', sm: 280 }}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
