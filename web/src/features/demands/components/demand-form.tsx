import { Button, Checkbox, Group, MultiSelect, NumberInput, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { fieldMessage } from '@/lib/error-message';
import { COLLABORATIONS, SECTORS } from '@/lib/types';
import { useSaveDemand, type Collaboration, type Demand, type DemandInput } from '../api/demands';

const EMPTY: DemandInput = { title: '', description: '', sectors: [], keywords: [], minTrl: null, collaboration: ['poc'], deadline: null };

/** Create or edit a demand: sectors, keywords, minimum TRL, collaboration types, deadline. */
export function DemandForm({ demand, onDone }: { demand?: Demand; onDone: (d: Demand) => void }) {
  const { t } = useTranslation();
  const save = useSaveDemand();
  const [form, setForm] = useState<DemandInput>(
    demand
      ? { title: demand.title, description: demand.description, sectors: demand.sectors, keywords: demand.keywords, minTrl: demand.minTrl, collaboration: demand.collaboration, deadline: demand.deadline }
      : EMPTY,
  );
  const error = (field: keyof DemandInput) => fieldMessage(save.error, field, t);
  const set = <K extends keyof DemandInput>(key: K, value: DemandInput[K]) => setForm((f) => ({ ...f, [key]: value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({ id: demand?.id, body: { ...form, title: form.title.trim(), description: form.description.trim() } }, { onSuccess: onDone });
  };

  return (
    <form onSubmit={submit} aria-label={demand ? t('demands.edit') : t('demands.create')}>
      <Stack>
        <TextInput label={t('demands.title')} required value={form.title} error={error('title')} onChange={(e) => set('title', e.currentTarget.value)} data-autofocus />
        <Textarea label={t('demands.description')} required autosize minRows={3} value={form.description} error={error('description')} onChange={(e) => set('description', e.currentTarget.value)} />
        <MultiSelect label={t('profile.sectors')} required data={SECTORS.map((s) => ({ value: s, label: t(`sectors.${s}`) }))} value={form.sectors} error={error('sectors')} onChange={(v) => set('sectors', v as DemandInput['sectors'])} comboboxProps={{ withinPortal: true }} />
        <TagsInput label={t('profile.keywords')} value={form.keywords} error={error('keywords')} onChange={(v) => set('keywords', v)} maxTags={20} />
        <Checkbox.Group label={t('demands.collaboration')} required value={form.collaboration} error={error('collaboration')} onChange={(v) => set('collaboration', v as Collaboration[])}>
          <Group mt="xs" gap="md">
            {COLLABORATIONS.map((c) => (
              <Checkbox key={c} value={c} label={t(`collaboration.${c}`)} />
            ))}
          </Group>
        </Checkbox.Group>
        <Group grow align="flex-start" wrap="wrap">
          <NumberInput label={t('demands.minTrl')} description={t('profile.trlHelp')} min={1} max={9} value={form.minTrl ?? ''} error={error('minTrl')} onChange={(v) => set('minTrl', v === '' ? null : Number(v))} />
          <TextInput label={t('demands.deadline')} type="date" value={form.deadline ?? ''} error={error('deadline')} onChange={(e) => set('deadline', e.currentTarget.value || null)} />
        </Group>
        <ErrorAlert error={save.error} />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {demand ? t('common.save') : t('demands.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
