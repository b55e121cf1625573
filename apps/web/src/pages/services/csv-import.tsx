import type { ImportVisits } from '@ostoja/domain/services/schedule';
import type { ComponentProps, ReactNode } from 'react';
import { useI18n } from '../../app/i18n.tsx';
import { Alert } from '../../components/feedback.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { Section } from '../../components/page.tsx';

const CSV_LINE = /^csv\.(\d+)\.(\w+)$/;

/** A bad line of a refused CSV: its number, the column at fault and what is wrong. */
export type CsvLineError = { line: number; column: string; message: string };

/**
 * A provider's or a monitoring centre's CSV, imported whole or refused with every bad line named:
 * the format's hint, what the last import did, the fields (`children`), and the bad lines listed by
 * line beside the text rather than as fields of the error summary.
 */
export function CsvImportCard({
  id,
  title,
  format,
  done,
  form,
  submitLabel,
  lineError,
  children,
}: {
  id: string;
  title: string;
  format: string;
  /** What the last import did, once it is done. */
  done: string | null;
  form: ComponentProps<typeof EditForm>['form'];
  submitLabel: string;
  lineError(l: CsvLineError): string;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const errors = Object.entries(form.errors);
  const lines = errors.flatMap(([path, message]) => {
    const m = CSV_LINE.exec(path);
    return m ? [{ path, error: { line: Number(m[1]), column: m[2]!, message } }] : [];
  });
  const rest = Object.fromEntries(errors.filter(([path]) => !CSV_LINE.test(path)));
  return (
    <Section card id={id} title={title}>
      <p className="hint">{format}</p>
      {done ? (
        <Alert kind="success" focus>
          {done}
        </Alert>
      ) : null}
      <EditForm form={{ ...form, errors: rest }} submitLabel={submitLabel}>
        {children}
        {lines.length ? (
          <ul className="field-error" aria-label={t('sch.import.errors')}>
            {lines.map((l) => (
              <li key={l.path}>{lineError(l.error)}</li>
            ))}
          </ul>
        ) : null}
      </EditForm>
    </Section>
  );
}

/** The form of a CSV import: the text under `csv`, sent whole; it clears once imported. */
export function useCsvImport<R>(
  schema: typeof ImportVisits,
  save: (csv: string) => Promise<R>,
  onSaved: (result: R) => void,
  idPrefix?: string,
) {
  return useEditForm({
    schema,
    defaultValues: { csv: '' },
    toBody: (v) => ({ csv: v.csv }),
    save: (body) => save(body.csv),
    reset: true,
    onSaved,
    idPrefix,
  });
}
