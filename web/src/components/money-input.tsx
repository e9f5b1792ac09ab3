import { Group, NumberInput, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { toMajor, toMinor } from '@/lib/format';
import { CURRENCIES, type Currency, type MoneyInputValue as Money } from '@/lib/types';

/** Edits money in major units (what people type) while the value stays in minor units (what the API keeps). */
export function MoneyInput({ label, value, onChange, required, error }: { label: string; value: Money; onChange: (m: Money) => void; required?: boolean; error?: string }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" align="flex-end" wrap="nowrap">
      <NumberInput
        label={label}
        required={required}
        error={error}
        min={0}
        thousandSeparator=","
        value={toMajor(value.amount, value.currency)}
        onChange={(v) => onChange({ ...value, amount: toMinor(Number(v) || 0, value.currency) })}
        style={{ flex: 1, minWidth: 0 }}
      />
      <Select
        aria-label={`${label}: ${t('profile.currency')}`}
        data={[...CURRENCIES]}
        value={value.currency}
        onChange={(c) => c && onChange({ currency: c as Currency, amount: toMinor(toMajor(value.amount, value.currency), c) })}
        allowDeselect={false}
        w={90}
      />
    </Group>
  );
}
