import { useI18n } from '../../app/i18n.tsx';
import { DateField, fieldId, GroupError, TextField } from '../../components/fields.tsx';
import { type Keyed, keyedRows } from '../../components/kit/keyed-rows.ts';
import { RemoveButton } from '../../components/kit/remove-button.tsx';
import type { Errors } from '../../lib/forms.ts';

export type Item = Keyed<{ action: string; responsible: string; due: string }>;
export const newItem = keyedRows(() => ({ action: '', responsible: '', due: '' }));
export const itemPayload = (i: Item) => ({
  action: i.action,
  responsible: i.responsible,
  due: i.due || null,
});

/** The rows of a plan (NK-C) or of the actions with the person using violence (NK-E). */
export function PlanItems({
  prefix,
  legend,
  items,
  onItems,
  errors,
}: {
  prefix: string;
  legend: string;
  items: Item[];
  onItems(items: Item[]): void;
  errors: Errors;
}) {
  const { t } = useI18n();
  const id = fieldId(prefix);
  /** A field of the i-th row: its id and error by the body's path, its label, value and change. */
  const field = (item: Item, i: number, k: keyof Omit<Item, 'key'>) => ({
    id: fieldId(`${prefix}.${i}.${k}`),
    label: t(`blueCards.plan.${k}`),
    value: item[k],
    onValue: (value: string) => onItems(items.map((old, j) => (j === i ? { ...old, [k]: value } : old))),
    error: errors[`${prefix}.${i}.${k}`],
  });
  return (
    <fieldset
      className="group"
      id={id}
      tabIndex={-1}
      aria-describedby={errors[prefix] ? `${id}-error` : undefined}
    >
      <legend>{legend}</legend>
      <GroupError id={`${id}-error`} error={errors[prefix]} />
      {items.map((item, i) => (
        <fieldset className="member" key={item.key}>
          <legend>{t('blueCards.plan.item', { n: i + 1 })}</legend>
          <div className="field-row">
            <TextField {...field(item, i, 'action')} required className="wide" />
            <TextField {...field(item, i, 'responsible')} required />
            <DateField {...field(item, i, 'due')} className="w-pesel" required={false} />
          </div>
          {items.length > 1 ? (
            <div className="form-actions end">
              <RemoveButton
                label={t('action.remove')}
                what={t('blueCards.plan.item', { n: i + 1 })}
                onClick={() => onItems(items.filter((_, j) => j !== i))}
              />
            </div>
          ) : null}
        </fieldset>
      ))}
      <button type="button" className="button secondary" onClick={() => onItems([...items, newItem()])}>
        {t('blueCards.plan.add')}
      </button>
    </fieldset>
  );
}
