import type { Participant, Procedure } from '@ostoja/domain/blue-card/responses';
import type { ComponentProps } from 'react';
import type { FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import { type BlueCardStep, type BlueCardSteps, blueCardApi } from '../../api/blue-card.ts';
import { useI18n } from '../../app/i18n.tsx';
import { DateField, type SelectFieldProps, type TextFieldProps } from '../../components/fields.tsx';
import { NoneSelect } from '../../components/kit/none-select.tsx';
import { StepFrame } from '../../components/kit/step-frame.tsx';
import { bodyOf, type ToBody, useEditForm } from '../../components/kit/use-edit-form.ts';
import type { UiKey } from '../../i18n/keys.ts';

/** What every step form gets from the procedure page. */
export interface StepProps {
  procedure: Procedure;
  /** The procedure as the step's answer returned it. */
  onDone(p: Procedure): void;
  onCancel(): void;
}

/**
 * One step of the procedure on the form kit: the values in react-hook-form, the body checked with
 * the step's domain schema (the one the server applies) before it is sent, the server's field
 * errors beside the fields by their paths, and the answer — the procedure — handed to `onDone`.
 */
export function useStep<V extends FieldValues, S extends z.ZodType>(
  o: {
    schema: S;
    defaultValues: V;
    save(body: z.input<S>): Promise<Procedure>;
    onDone(p: Procedure): void;
  } & ToBody<V, z.input<S>>,
) {
  return useEditForm({
    schema: o.schema,
    defaultValues: o.defaultValues,
    toBody: (v) => bodyOf(o, v),
    save: o.save,
    onSaved: o.onDone,
  });
}

/**
 * The usual step: its body posted to the procedure at `step` (the URL under it), with the day and
 * the rest checked by the step's schema, the answer handed to the page.
 */
export function useProcedureStep<V extends FieldValues, K extends BlueCardStep>(
  { procedure, onDone }: Pick<StepProps, 'procedure' | 'onDone'>,
  step: K,
  schema: z.ZodType<unknown, BlueCardSteps[K]>,
  o: { defaultValues: V } & ToBody<V, BlueCardSteps[K]>,
) {
  return useStep({
    schema,
    defaultValues: o.defaultValues,
    toBody: (v) => bodyOf(o, v),
    save: (body) => blueCardApi.step(procedure.id, step, body),
    onDone,
  });
}

/** A date bound to a step's field (the body's "on", "filledOn"…), always required. */
export const DateInput = (props: TextFieldProps) => <DateField {...props} required className="w-pesel" />;

/** The kit's step frame in the blue card's look. */
export const StepForm = (p: Omit<ComponentProps<typeof StepFrame>, 'className'>) => (
  <StepFrame className="card bc-step" {...p} />
);

/** An action of the procedure page whose title and save button go by its name: blueCard.action.X, blueCards.submit.X. */
type ActionOf<K> = K extends `blueCard.action.${infer A}`
  ? `blueCards.submit.${A}` extends UiKey
    ? A
    : never
  : never;
export type StepAction = ActionOf<UiKey>;

/** The step frame of one of the page's actions: its heading and save button named after the action. */
export function ActionStepForm({
  action,
  ...p
}: Omit<ComponentProps<typeof StepForm>, 'title' | 'submitLabel'> & { action: StepAction }) {
  const { t } = useI18n();
  return (
    <StepForm title={t(`blueCard.action.${action}`)} submitLabel={t(`blueCards.submit.${action}`)} {...p} />
  );
}

/** The required select of one of the persons of the procedure holding a role. */
export function PersonSelect({
  people,
  ...field
}: Omit<SelectFieldProps, 'options'> & { people: Participant[] }) {
  const { t } = useI18n();
  return (
    <NoneSelect
      {...field}
      required
      none={t('form.choose')}
      options={people.map((p) => ({ value: p.personId, label: `${p.firstName} ${p.surname}` }))}
    />
  );
}

/** The one person of a role preselected when there is just one. */
export const onlyOne = (people: Participant[]) => (people.length === 1 ? people[0]!.personId : '');
