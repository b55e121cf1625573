import { parseZloty } from '@ostoja/domain/family-support/charge-notes-csv';
import {
  EXEMPTION_GROUNDS,
  FEE_TABLE_KINDS,
  type FeeTable,
  FeeTableInput,
  SERVICE_KINDS,
} from '@ostoja/domain/services/fee-table';
import { servicesApi } from '../../api/services.ts';
import { useI18n } from '../../app/i18n.tsx';
import { fieldId, GroupError, SelectField, TextField } from '../../components/fields.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { Section } from '../../components/page.tsx';
import { BandsFieldset, type BandText, bandsOf, pctNumber, pctText } from './bands-fieldset.tsx';

// A new resolution's table, typed in as the council adopted it; the newest table is the start.

const num = pctNumber;
const text = pctText;

function valuesFrom(latest: FeeTable | undefined) {
  return {
    kind: latest?.kind ?? 'localResolution',
    number: '',
    adoptedOn: '',
    validFrom: '',
    title: latest?.title ?? '',
    costs: Object.fromEntries(
      SERVICE_KINDS.map((k) => {
        const c = latest?.hourlyCosts.find((x) => x.serviceKind === k);
        return [k, c ? text(c.costGrosze / 100) : ''];
      }),
    ) as Record<string, string>,
    bands: (latest?.bands ?? [{ overPct: 100, upToPct: null, singlePct: 0, familyPct: 0 }]).map((b) => ({
      overPct: text(b.overPct),
      upToPct: text(b.upToPct),
      singlePct: text(b.singlePct),
      familyPct: text(b.familyPct),
    })) as BandText[],
    exemptions: Object.fromEntries(
      EXEMPTION_GROUNDS.map((g) => [g, text(latest?.exemptions.find((e) => e.ground === g)?.maxPct ?? null)]),
    ) as Record<string, string>,
  };
}

export function FeeTableForm({ latest, onSaved }: { latest: FeeTable | undefined; onSaved(): void }) {
  const { t } = useI18n();
  const f = useEditForm({
    schema: FeeTableInput,
    defaultValues: valuesFrom(latest),
    toBody: (v) => ({
      kind: v.kind as never,
      number: v.number,
      adoptedOn: v.adoptedOn,
      validFrom: v.validFrom,
      title: v.title,
      hourlyCosts: SERVICE_KINDS.filter((k) => v.costs[k]?.trim()).map((k) => ({
        serviceKind: k,
        costGrosze: parseZloty(v.costs[k]!) ?? Number.NaN,
      })),
      bands: bandsOf(v.bands),
      exemptions: EXEMPTION_GROUNDS.filter((g) => v.exemptions[g]?.trim()).map((g) => ({
        ground: g,
        maxPct: num(v.exemptions[g]!),
      })),
    }),
    save: (body) => servicesApi.addFeeTable(body),
    onSaved: () => onSaved(),
  });
  const v = f.values;
  const plain = (name: 'number' | 'adoptedOn' | 'validFrom' | 'title', type = 'text') => (
    <TextField
      {...f.bind(name)}
      label={t(name === 'title' ? 'ft.titleField' : `ft.${name}`)}
      type={type}
      required
    />
  );
  /** A text field for each kind (a cost) or ground (an exemption), erring at its row of the body. */
  const keyed = <K extends string>(
    name: 'costs' | 'exemptions',
    keys: readonly K[],
    list: string,
    field: string,
    inputMode: 'decimal' | 'numeric',
    label: (key: K) => string,
  ) =>
    keys.map((k, i) => (
      <TextField
        key={k}
        id={fieldId(`${list}.${i}.${field}`)}
        label={label(k)}
        inputMode={inputMode}
        value={v[name][k] ?? ''}
        onValue={(x) => f.form.setValue(name, { ...v[name], [k]: x })}
        error={f.errors[`${list}.${i}.${field}`]}
      />
    ));
  return (
    <Section card id="ft-add" title={t('ft.add')}>
      <EditForm form={f} submitLabel={t('ft.addSubmit')}>
        <SelectField
          {...f.bind('kind')}
          label={t('ft.kind')}
          options={FEE_TABLE_KINDS.map((k) => ({ value: k, label: t(`ft.kind.${k}`) }))}
          required
        />
        {plain('number')}
        {plain('adoptedOn', 'date')}
        {plain('validFrom', 'date')}
        {plain('title')}
        <fieldset>
          <legend>{t('ft.costs')}</legend>
          <GroupError id={fieldId('hourlyCosts')} error={f.errors.hourlyCosts} />
          {keyed('costs', SERVICE_KINDS, 'hourlyCosts', 'costGrosze', 'decimal', (k) =>
            t('ft.cost', { kind: t(`cs.kind.${k}`) }),
          )}
        </fieldset>
        <BandsFieldset
          legend="ft.bands"
          bands={v.bands}
          onBands={(bands) => f.form.setValue('bands', bands)}
          errors={f.errors}
        />
        <fieldset>
          <legend>{t('ft.exemptions')}</legend>
          {keyed('exemptions', EXEMPTION_GROUNDS, 'exemptions', 'maxPct', 'numeric', (g) =>
            t('ft.exemptionMax', { ground: t(`services.exemptionGround.${g}`) }),
          )}
        </fieldset>
      </EditForm>
    </Section>
  );
}
