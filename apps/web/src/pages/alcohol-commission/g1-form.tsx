import { G1Answers, type ProgrammeReport } from '@ostoja/domain/alcohol-commission/programme';
import { alcoholCommissionApi } from '../../api/alcohol-commission.ts';
import { useI18n } from '../../app/i18n.tsx';
import { TextField } from '../../components/fields.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { wholeNumber, zloty, zlotyInput } from '../benefits/money.ts';

// The PARPA-G1 rows the data cannot count, as the commission fills them in: counts as whole
// numbers, the finance section in złoty. An empty field is left as it was.

export function G1Form({ report, onSaved }: { report: ProgrammeReport; onSaved(r: ProgrammeReport): void }) {
  const { t } = useI18n();
  const rows = report.g1.flatMap((s) =>
    s.rows.filter((r) => r.entered).map((r) => ({ ...r, money: s.key === 'finance' })),
  );
  const initial = Object.fromEntries(
    rows.map((r) => [r.key, r.money ? zlotyInput(r.value) : r.value === null ? '' : String(r.value)]),
  );
  const f = useEditForm({
    schema: G1Answers,
    defaultValues: { values: initial as Record<string, string> },
    toBody: (v) => ({
      values: Object.fromEntries(
        rows
          .filter((r) => (v.values[r.key] ?? '').trim() !== '')
          .map((r) => {
            const text = v.values[r.key]!;
            return [r.key, r.money ? zloty(text, 0) : wholeNumber(text, 0)];
          }),
      ),
    }),
    save: (body) => alcoholCommissionApi.saveG1(report.year, body),
    onSaved,
  });
  if (!rows.length) return null;
  return (
    <section aria-labelledby="programme-g1-form-h">
      <h3 id="programme-g1-form-h">{t('programme.g1Form')}</h3>
      <EditForm form={f} submitLabel={t('programme.g1Save')} requiredNote={false}>
        {rows.map((r) => (
          <TextField
            key={r.key}
            label={r.money ? `${r.label}, zł` : r.label}
            inputMode={r.money ? 'decimal' : 'numeric'}
            {...f.bind(`values.${r.key}`)}
          />
        ))}
      </EditForm>
    </section>
  );
}
