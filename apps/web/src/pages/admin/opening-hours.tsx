import type { OpeningHours } from '@ostoja/domain/org/address';
import { useI18n } from '../../app/i18n.tsx';
import { fieldId, SelectField, TextField } from '../../components/fields.tsx';
import { RemoveButton } from '../../components/kit/remove-button.tsx';
import type { Errors } from '../../lib/forms.ts';

export type HoursRow = OpeningHours[number] & { key: number };
let nextKey = 1;
export const withKeys = (hours: OpeningHours): HoursRow[] => hours.map((h) => ({ ...h, key: nextKey++ }));
export const withoutKeys = (rows: HoursRow[]): OpeningHours => rows.map(({ key: _k, ...h }) => h);

const DAYS = [1, 2, 3, 4, 5, 6, 7];

/** Opening hours as rows "day, from, to"; a day may have more than one row (a break at noon). */
export function OpeningHoursEditor({
  rows,
  onChange,
  errors,
}: {
  rows: HoursRow[];
  onChange(rows: HoursRow[]): void;
  errors: Errors;
}) {
  const { t, tk } = useI18n();
  const set = (i: number, patch: Partial<HoursRow>) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset className="group">
      <legend>{t('orgUnit.openingHours')}</legend>
      {rows.length === 0 ? <p className="empty">{t('orgUnit.noHours')}</p> : null}
      {rows.map((r, i) => {
        const path = `openingHours.${i}.`;
        return (
          <div className="field-row hours-row" key={r.key}>
            <SelectField
              id={fieldId(`${path}day`)}
              label={t('orgUnit.day')}
              value={String(r.day)}
              onValue={(d) => set(i, { day: Number(d) })}
              options={DAYS.map((d) => ({ value: String(d), label: tk('day', d) }))}
              error={errors[`${path}day`]}
            />
            {(['open', 'close'] as const).map((k) => (
              <TextField
                key={k}
                id={fieldId(`${path}${k}`)}
                label={t(`orgUnit.${k}`)}
                type="time"
                value={r[k]}
                onValue={(x) => set(i, { [k]: x })}
                error={errors[`${path}${k}`]}
              />
            ))}
            <RemoveButton
              label={t('action.remove')}
              what={`${tk('day', r.day)} ${r.open}–${r.close}`}
              onClick={() => onChange(rows.filter((_, j) => j !== i))}
            />
          </div>
        );
      })}
      <button
        type="button"
        className="button secondary"
        onClick={() => {
          const last = rows.at(-1);
          const day = last ? Math.min(7, last.day + 1) : 1;
          onChange([
            ...rows,
            { day, open: last?.open ?? '08:00', close: last?.close ?? '16:00', key: nextKey++ },
          ]);
        }}
      >
        {t('orgUnit.addHours')}
      </button>
    </fieldset>
  );
}

/** "pon. 08:00–16:00; wt. 08:00–16:00" in the UI language. */
export function useHoursText() {
  const { tk } = useI18n();
  return (hours: OpeningHours) =>
    hours.map((h) => `${tk('dayShort', h.day)} ${h.open}–${h.close}`).join('; ');
}
