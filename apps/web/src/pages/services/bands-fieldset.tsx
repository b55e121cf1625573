import { useI18n } from '../../app/i18n.tsx';
import { fieldId, GroupError, TextField } from '../../components/fields.tsx';
import type { UiKey } from '../../i18n/keys.ts';

// The income bands of a council's fee resolution (care services, shelters), typed in as adopted:
// each band's income range in % of the criterion and the fee in % of the cost.

export type BandText = { overPct: string; upToPct: string; singlePct: string; familyPct: string };
export const pctNumber = (s: string) => (s.trim() ? Number(s.replace(',', '.')) : Number.NaN);
export const pctText = (n: number | null) => (n === null ? '' : String(n).replace('.', ','));

/** The request's bands from the typed text (the schema names what is wrong). */
export const bandsOf = (bands: readonly BandText[]) =>
  bands.map((b) => ({
    overPct: pctNumber(b.overPct),
    upToPct: b.upToPct.trim() ? pctNumber(b.upToPct) : null,
    singlePct: pctNumber(b.singlePct),
    familyPct: pctNumber(b.familyPct),
  }));

export function BandsFieldset({
  legend,
  bands,
  onBands,
  errors,
}: {
  legend: UiKey;
  bands: BandText[];
  onBands(bands: BandText[]): void;
  errors: Record<string, string | undefined>;
}) {
  const { t } = useI18n();
  const setBand = (i: number, key: keyof BandText) => (value: string) =>
    onBands(bands.map((b, j) => (j === i ? { ...b, [key]: value } : b)));
  return (
    <fieldset>
      <legend>{t(legend)}</legend>
      <GroupError id={fieldId('bands')} error={errors.bands} />
      {bands.map((b, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: bands have no identity but their order
        <fieldset key={i} className="row">
          <legend>{t('ft.band', { n: i + 1 })}</legend>
          {(['overPct', 'upToPct', 'singlePct', 'familyPct'] as const).map((key) => (
            <TextField
              key={key}
              id={fieldId(`bands.${i}.${key}`)}
              label={t(`ft.band.${key}`)}
              inputMode="decimal"
              value={b[key]}
              onValue={setBand(i, key)}
              error={errors[`bands.${i}.${key}`]}
              required={key !== 'upToPct'}
            />
          ))}
        </fieldset>
      ))}
      <button
        type="button"
        className="button secondary small"
        onClick={() => {
          const last = bands.at(-1);
          onBands([...bands, { overPct: last?.upToPct ?? '', upToPct: '', singlePct: '', familyPct: '' }]);
        }}
      >
        {t('ft.addBand')}
      </button>{' '}
      {bands.length > 1 ? (
        <button type="button" className="button secondary small" onClick={() => onBands(bands.slice(0, -1))}>
          {t('ft.removeBand')}
        </button>
      ) : null}
    </fieldset>
  );
}
