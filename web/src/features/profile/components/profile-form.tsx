import { Alert, Button, Group, Stack } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { fieldMessage } from '@/lib/error-message';

type SaveMutation<Input> = UseMutationResult<unknown, Error, Input>;

export interface ProfileFormState<Input> {
  form: Input;
  set: <K extends keyof Input>(key: K, value: Input[K]) => void;
  /** The API's message for this field after a 400, for the input's `error` prop. */
  error: (field: keyof Input & string) => string | undefined;
  submit: (e: FormEvent) => void;
  save: SaveMutation<Input>;
}

/**
 * The state every profile form shares: seeded once from the saved profile (`initial` turns the API's view
 * into the body the form saves), sent through the role's mutation after `prepare` tidies it.
 */
export function useProfileForm<Input extends object>(
  initial: () => Input,
  save: SaveMutation<Input>,
  prepare: (form: Input) => Input,
): ProfileFormState<Input> {
  const { t } = useTranslation();
  const [form, setForm] = useState<Input>(initial);
  return {
    form,
    set: (key, value) => setForm((f) => ({ ...f, [key]: value })),
    error: (field) => fieldMessage(save.error, field, t),
    submit: (e) => {
      e.preventDefault();
      save.mutate(prepare(form));
    },
    save,
  };
}

/** The form around a profile's fields: the API's errors, the saved notice and the save button. */
export function ProfileFormShell<Input>({ state, label, savedMessage, maw, children }: { state: ProfileFormState<Input>; label: string; savedMessage: string; maw: number; children: ReactNode }) {
  const { t } = useTranslation();
  const { save } = state;
  return (
    <form onSubmit={state.submit} aria-label={label}>
      <Stack maw={maw}>
        {children}
        <ErrorAlert error={save.error} />
        {save.isSuccess && <Alert color="green">{savedMessage}</Alert>}
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
