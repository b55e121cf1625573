import { itemsTotal } from '@ostoja/domain/applications/celowy-purpose';
import { HandOutItems } from '@ostoja/domain/applications/decision';
import type { ApplicationDetail, DecisionRecord } from '@ostoja/domain/applications/responses';
import { useI18n } from '../../app/i18n.tsx';
import {
  CheckboxField,
  CountField,
  DateField,
  fieldId,
  GroupError,
  MoneyField,
  TextField,
} from '../../components/fields.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { type Keyed, keyedRows } from '../../components/kit/keyed-rows.ts';
import { todayIso } from '../../lib/format.ts';
import type { Errors } from '../../lib/forms.ts';
import { parseZloty } from './money.ts';
import { useApplicationSaved } from './queries.ts';
import { useStep } from './use-step.ts';

/** One row of clothing as typed: the amount per item is text until it is sent. */
export type ItemValues = Keyed<{ name: string; quantity: string; unit: string }>;

export const newItem = keyedRows(() => ({ name: '', quantity: '1', unit: '' }));

/** The rows as the decision request takes them; in kind without an amount (art. 48 ups). */
export const itemsBody = (rows: ItemValues[], inKind: boolean) =>
  rows.map((r) => ({
    name: r.name,
    quantity: /^\s*\d{1,4}\s*$/.test(r.quantity) ? Number(r.quantity) : Number.NaN,
    ...(inKind ? {} : { unitGrosze: r.unit.trim() === '' ? undefined : (parseZloty(r.unit) ?? Number.NaN) }),
  }));

/** Clothing granted: rows to add and remove, and in cash the sum the decision's amount must equal. */
export function ClothingItems({
  rows,
  inKind,
  onChange,
  errors,
}: {
  rows: ItemValues[];
  inKind: boolean;
  onChange(rows: ItemValues[]): void;
  errors: Errors;
}) {
  const { t, money } = useI18n();
  const set = (n: number, patch: Partial<ItemValues>) =>
    onChange(rows.map((r, i) => (i === n ? { ...r, ...patch } : r)));
  // A row's field: its id and error named as the request's `items.<n>.<key>`.
  const cell = (n: number, field: 'name' | 'quantity' | 'unit', key: string = field) => ({
    id: fieldId(`items.${n}.${key}`),
    value: rows[n]?.[field] ?? '',
    onValue: (value: string) => set(n, { [field]: value }),
    error: errors[`items.${n}.${key}`],
  });
  const sum = itemsTotal(
    itemsBody(rows, false).map((r) => ({
      quantity: Number.isNaN(r.quantity) ? 0 : r.quantity,
      unitGrosze: Number.isNaN(r.unitGrosze ?? 0) ? 0 : r.unitGrosze,
    })),
  );
  return (
    <fieldset className="items">
      <legend>{t('clothing.items')}</legend>
      <GroupError id={fieldId('items')} error={errors.items} />
      {rows.map((r, n) => (
        <div className="field-row" key={r.key}>
          <TextField {...cell(n, 'name')} label={t('clothing.item', { n: n + 1 })} required />
          <CountField {...cell(n, 'quantity')} label={t('clothing.quantity', { n: n + 1 })} required />
          {inKind ? null : (
            <MoneyField
              {...cell(n, 'unit', 'unitGrosze')}
              label={t('clothing.unit', { n: n + 1 })}
              className="w-short"
            />
          )}
          <button
            type="button"
            className="button secondary small"
            onClick={() => onChange(rows.filter((_, i) => i !== n))}
          >
            {t('clothing.remove', { n: n + 1 })}
          </button>
        </div>
      ))}
      <button type="button" className="button secondary small" onClick={() => onChange([...rows, newItem()])}>
        {t('clothing.add')}
      </button>
      {inKind ? null : (
        <p aria-live="polite">
          {t('clothing.sum')}: <strong>{money(sum)}</strong>
        </p>
      )}
    </fieldset>
  );
}

/** The items a decision grants, with their amounts in cash; in kind, their hand-out (art. 48 ups). */
export function DecisionItemsView({ d }: { d: DecisionRecord }) {
  const { t, money, date } = useI18n();
  if (!d.items.length) return null;
  const inKind = d.helpForm === 'inKind';
  return (
    <>
      <table className="data-table">
        <caption>{t('clothing.items')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('clothing.itemColumn')}</th>
            <th scope="col">{t('clothing.quantityColumn')}</th>
            {inKind ? null : <th scope="col">{t('clothing.unitColumn')}</th>}
          </tr>
        </thead>
        <tbody>
          {d.items.map((x, n) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the rows of a signed decision never change
            <tr key={n}>
              <td>{x.name}</td>
              <td className="num">{x.quantity}</td>
              {inKind ? null : <td className="num">{money(x.unitGrosze ?? 0)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      {d.handout ? (
        <p>
          {t('clothing.handedOut', {
            date: date(d.handout.handedOutOn),
            by: d.handout.handedOutByName,
            receivedBy: d.handout.receivedBy,
          })}
        </p>
      ) : null}
    </>
  );
}

/** Recording the hand-out from the store, with the person's receipt. */
export function HandOutForm({ app }: { app: ApplicationDetail }) {
  const { t } = useI18n();
  const saved = useApplicationSaved();
  const f = useStep(
    { app, onDone: saved },
    {
      step: 'handout',
      schema: HandOutItems,
      defaultValues: { handedOutOn: todayIso(), receivedBy: '', receiptSigned: false },
      toBody: (v) => ({ ...v, receiptSigned: v.receiptSigned as true }),
    },
  );
  return (
    <section aria-labelledby="handout-h">
      <h4 id="handout-h">{t('clothing.handout')}</h4>
      <EditForm form={f} submitLabel={t('clothing.handoutSubmit')}>
        <div className="field-row">
          <DateField label={t('clothing.handedOutOn')} {...f.bind('handedOutOn')} />
          <TextField label={t('clothing.receivedBy')} required {...f.bind('receivedBy')} />
        </div>
        <CheckboxField label={t('clothing.receiptSigned')} {...f.tick('receiptSigned')} />
      </EditForm>
    </section>
  );
}
