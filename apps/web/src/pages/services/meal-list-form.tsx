import { parseZloty } from '@ostoja/domain/family-support/charge-notes-csv';
import type { PersonSummary } from '@ostoja/domain/registry/person';
import { type MealList, MealListInput } from '@ostoja/domain/services/meals';
import { mealsApi } from '../../api/meals.ts';
import { useI18n } from '../../app/i18n.tsx';
import { CheckboxField, CountField, fieldId, MoneyField, TextField } from '../../components/fields.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { Section } from '../../components/page.tsx';
import { listName } from '../../lib/format.ts';
import { PersonPicker } from '../registry/person-picker.tsx';
import { useMealsSaved } from './meals-queries.ts';

interface Row {
  personId: string;
  name: string;
  meals: string;
  exception: boolean;
}

/** The saved rows, or (a month not entered yet) the persons whose decision names this provider. */
function rowsOf(l: MealList): Row[] {
  if (l.costPerMealGrosze !== null)
    return l.entries.map((e) => ({ ...e, name: listName(e), meals: String(e.meals) }));
  return l.decided.map((d) => ({ personId: d.personId, name: listName(d), meals: '', exception: false }));
}

const zl = (g: number | null) => (g === null ? '' : (g / 100).toFixed(2).replace('.', ','));

/** A provider's list of a month: the cost from the invoice and each person's meals; the server checks the cap. */
export function MealListForm({ list }: { list: MealList }) {
  const { t, money } = useI18n();
  const saved = useMealsSaved();
  const f = useEditForm({
    schema: MealListInput,
    defaultValues: {
      cost: zl(list.costPerMealGrosze),
      invoiceNumber: list.invoiceNumber ?? '',
      entries: rowsOf(list),
      adding: null as PersonSummary | null,
    },
    toBody: (v) => ({
      costPerMealGrosze: parseZloty(v.cost) ?? Number.NaN,
      invoiceNumber: v.invoiceNumber,
      entries: v.entries.map((e) => ({
        personId: e.personId,
        meals: e.meals.trim() ? Number(e.meals) : Number.NaN,
        exception: e.exception,
      })),
    }),
    save: (body) => mealsApi.saveList(list.providerId, list.month, body),
    onSaved: saved.list,
  });
  const v = f.values;
  const setRow = (i: number, row: Partial<Row>) =>
    f.form.setValue(
      'entries',
      v.entries.map((e, j) => (j === i ? { ...e, ...row } : e)),
    );
  return (
    <Section card id="ml-list" title={t('ml.list', { month: list.month })}>
      <p>
        {t('ml.cap', {
          fed: list.cap.fedPreviousMonth,
          allowed: list.cap.allowed,
          percent: list.cap.percent,
          used: list.cap.used,
        })}
      </p>
      {list.costPerMealGrosze !== null ? (
        <p role="status">{t('ml.saved', { meals: list.meals, cost: money(list.costGrosze) })}</p>
      ) : null}
      <EditForm form={f} submitLabel={t('ml.save')}>
        <div className="field-row">
          <MoneyField {...f.bind('cost', 'costPerMealGrosze')} label={t('ml.costPerMeal')} />
          <TextField {...f.bind('invoiceNumber')} label={t('ml.invoiceNumber')} required />
        </div>
        {v.entries.length ? null : <p className="empty">{t('ml.empty')}</p>}
        {v.entries.map((e, i) => (
          <fieldset key={e.personId} className="field-row">
            <legend>{e.name}</legend>
            <CountField
              id={fieldId(`entries.${i}.meals`)}
              label={t('ml.meals')}
              value={e.meals}
              onValue={(x) => setRow(i, { meals: x })}
              error={f.errors[`entries.${i}.meals`] ?? f.errors[`entries.${i}.personId`]}
              required
            />
            {list.place === 'school' ? (
              <CheckboxField
                id={fieldId(`entries.${i}.exception`)}
                label={t('ml.exception')}
                checked={e.exception}
                onChecked={(on) => setRow(i, { exception: on })}
                error={f.errors[`entries.${i}.exception`]}
              />
            ) : null}
            <button
              type="button"
              className="button secondary small"
              onClick={() =>
                f.form.setValue(
                  'entries',
                  v.entries.filter((_, j) => j !== i),
                )
              }
            >
              {t('ml.remove')}
            </button>
          </fieldset>
        ))}
        <PersonPicker
          id={fieldId('adding')}
          selected={null}
          onSelect={(p) => {
            if (p && !v.entries.some((e) => e.personId === p.id))
              f.form.setValue('entries', [
                ...v.entries,
                { personId: p.id, name: listName(p), meals: '', exception: list.place === 'school' },
              ]);
          }}
        />
      </EditForm>
    </Section>
  );
}
