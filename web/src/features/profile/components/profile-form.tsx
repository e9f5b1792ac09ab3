import { Alert, Button, Grid, Group, Stack } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { fieldMessage } from '@/lib/error-message';

type SaveMutation<Input> = UseMutationResult<unknown, Error, Input>;
type TextKeys<Input> = { [K in keyof Input]-?: Input[K] extends string | null | undefined ? K : never }[keyof Input] & string;

export interface ProfileFormState<Input> {
  form: Input;
  set: <K extends keyof Input>(key: K, value: Input[K]) => void;
  /** The API's message for this field after a 400, for the input's `error` prop. */
  error: (field: keyof Input & string) => string | undefined;
  /** `value`, `error` and `onChange` of an input that hands over the value itself (money, tags, countries). */
  field: <K extends keyof Input & string>(key: K) => { value: Input[K]; error: string | undefined; onChange: (value: Input[K]) => void };
  /** The same for a text input or textarea (an unset optional text shows as empty). */
  text: <K extends TextKeys<Input>>(key: K) => { value: string; error: string | undefined; onChange: (e: { currentTarget: { value: string } }) => void };
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
  const set: ProfileFormState<Input>['set'] = (key, value) => setForm((f) => ({ ...f, [key]: value }));
  const error = (field: keyof Input & string) => fieldMessage(save.error, field, t);
  return {
    form,
    set,
    error,
    field: (key) => ({ value: form[key], error: error(key), onChange: (value) => set(key, value) }),
    // the key holds text, so the typed string is a value of it
    text: (key) => ({ value: (form[key] as string | null | undefined) ?? '', error: error(key), onChange: (e) => set(key, e.currentTarget.value as Input[typeof key]) }),
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

const SPANS = { full: 12, half: { base: 12, sm: 6 }, third: { base: 12, sm: 4 }, twoThirds: { base: 12, sm: 8 }, thirdPaired: { base: 6, sm: 4 } } as const;

/** One field's cell in a profile form's grid: full width on a phone (`thirdPaired`: two side by side), `width` from `sm` up. */
export function FieldCell({ width = 'half', children }: { width?: keyof typeof SPANS; children: ReactNode }) {
  return <Grid.Col span={SPANS[width]}>{children}</Grid.Col>;
}
