import { useI18n } from '../../app/i18n.tsx';
import { DateField, fieldId, GroupError, TextField } from '../../components/fields.tsx';
import { RemoveButton } from '../../components/kit/remove-button.tsx';
import type { Errors } from '../../lib/forms.ts';

export interface Item {
  key: number;
  action: string;
  responsible: string;
  due: string;
}
let nextKey = 1;
export const newItem = (): Item => ({ key: nextKey++, action: '', responsible: '', due: '' });
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
  const set = (i: number, k: keyof Omit<Item, 'key'>) => (value: string) =>
    onItems(items.map((old, j) => (j === i ? { ...old, [k]: value } : old)));
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
            <TextField
              id={fieldId(`${prefix}.${i}.action`)}
              label={t('blueCards.plan.action')}
              value={item.action}
              onValue={set(i, 'action')}
              error={errors[`${prefix}.${i}.action`]}
              required
              className="wide"
            />
            <TextField
              id={fieldId(`${prefix}.${i}.responsible`)}
              label={t('blueCards.plan.responsible')}
              value={item.responsible}
              onValue={set(i, 'responsible')}
              error={errors[`${prefix}.${i}.responsible`]}
              required
            />
            <DateField
              id={fieldId(`${prefix}.${i}.due`)}
              label={t('blueCards.plan.due')}
              value={item.due}
              onValue={set(i, 'due')}
              error={errors[`${prefix}.${i}.due`]}
              className="w-pesel"
              required={false}
            />
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
