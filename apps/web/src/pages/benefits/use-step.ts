import type { ApplicationDetail } from '@ostoja/domain/applications/responses';
import type { FieldValues } from 'react-hook-form';
import { useNavigate } from 'react-router-dom';
import type { z } from 'zod';
import { type ApplicationStep, benefitsApi, type StepBodies } from '../../api/benefits.ts';
import { bodyOf, type ToBody, useEditForm } from '../../components/kit/use-edit-form.ts';
import { useApplicationSaved } from './queries.ts';

/** What every step form gets from the application page. */
export interface StepFormProps {
  app: ApplicationDetail;
  /** The application as the step's answer returned it. */
  onDone(app: ApplicationDetail): void;
  onCancel(): void;
}

/**
 * One step of the application (POST /applications/:id/<step>) on the form kit: the values in
 * react-hook-form, the body checked with the step's domain schema before it is sent, the server's
 * field errors beside the fields; the answer, the whole application, goes to `to.onDone` (a step
 * form passes its own props as `to`).
 */
export function useStep<K extends ApplicationStep, V extends FieldValues>(
  to: Pick<StepFormProps, 'app' | 'onDone'>,
  o: {
    step: K;
    schema: z.ZodType<unknown, StepBodies[K]>;
    defaultValues: V;
  } & ToBody<V, StepBodies[K]>,
) {
  return useEditForm({
    schema: o.schema,
    defaultValues: o.defaultValues,
    toBody: (v) => bodyOf(o, v),
    save: (body) => benefitsApi.step(to.app.id, o.step, body),
    onSaved: to.onDone,
  });
}

/** After a step done on a page of its own: back to the application, saying what was saved. */
export function useBackToApplication(notice: string) {
  const navigate = useNavigate();
  const saved = useApplicationSaved();
  return (app: ApplicationDetail) => {
    saved(app);
    navigate(`/applications/${app.id}`, { state: { notice } });
  };
}
