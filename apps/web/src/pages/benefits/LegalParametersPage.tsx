import './benefits.css';
import { LegalParameterPeriodInput } from '@ostoja/domain/benefits/legal-parameters';
import type { LegalParameterList } from '@ostoja/domain/benefits/responses';
import { benefitsApi } from '../../api/benefits.ts';
import { useI18n } from '../../app/i18n.tsx';
import { DateField, MoneyField, TextAreaField, TextField } from '../../components/fields.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { DataTable } from '../../components/table.tsx';
import { AddableListPage, AddFormCard, type AddFormProps } from './addable-list-page.tsx';
import { checked } from './checked.ts';
import { wholeNumber, zloty, zlotyInput } from './money.ts';
import { useLegalParameters } from './queries.ts';

const MONEY = [
  'criterionSingle',
  'criterionPerPerson',
  'zasilekStalyMax',
  'zasilekStalyMin',
  'zasilekOkresowyMinAmount',
  'zasilekOkresowySingleMax',
  'farmHectareIncome',
] as const;
const PERCENT = ['zasilekStalyPercent', 'zasilekOkresowyMinPercent'] as const;
type Values = Record<(typeof MONEY)[number] | (typeof PERCENT)[number] | 'validFrom' | 'legalBasis', string>;

type Period = LegalParameterList['items'][number];

/** The new period starts as a copy of the latest: the government usually changes a few numbers. */
function valuesFrom(p: Period | undefined): Values {
  const v = {} as Values;
  for (const k of MONEY) v[k] = p ? zlotyInput(p[k]) : '';
  for (const k of PERCENT) v[k] = p ? String(p[k]) : '';
  v.validFrom = '';
  v.legalBasis = '';
  return v;
}

const isPercent = (k: string) => (PERCENT as readonly string[]).includes(k);
const SCHEMA = checked(LegalParameterPeriodInput, (path) =>
  isPercent(path) ? 'benefitsForm.numberInvalid' : 'benefitsForm.moneyInvalid',
);

function toBody(v: Values): LegalParameterPeriodInput {
  const body: Record<string, unknown> = { validFrom: v.validFrom, legalBasis: v.legalBasis };
  for (const k of MONEY) body[k] = zloty(v[k], k === 'zasilekOkresowySingleMax' ? null : undefined);
  for (const k of PERCENT) body[k] = wholeNumber(v[k], undefined);
  return body as LegalParameterPeriodInput;
}

function PeriodForm({ latest, ...p }: AddFormProps & { latest?: Period | undefined }) {
  const { t } = useI18n();
  const f = useEditForm({
    schema: SCHEMA,
    defaultValues: valuesFrom(latest),
    toBody,
    save: benefitsApi.addLegalParameters,
    onSaved: p.onDone,
  });
  return (
    <AddFormCard of={p} headingId="period-new-h" form={f} requiredNote={false}>
      <p className="hint">{t('legalParams.newHint')}</p>
      <DateField label={t('legalParams.validFrom')} {...f.bind('validFrom')} />
      <div className="field-row">
        {MONEY.map((k) => (
          <MoneyField
            key={k}
            label={t(`legalParams.${k}`)}
            hint={
              k === 'zasilekOkresowySingleMax' ? t('legalParams.optionalMoney') : t('benefitsForm.moneyHint')
            }
            required={k !== 'zasilekOkresowySingleMax'}
            autoComplete="off"
            className="money"
            {...f.bind(k)}
          />
        ))}
        {PERCENT.map((k) => (
          <TextField
            key={k}
            label={t(`legalParams.${k}`)}
            hint={t('legalParams.percentHint')}
            required
            inputMode="numeric"
            autoComplete="off"
            {...f.bind(k)}
          />
        ))}
      </div>
      <TextAreaField
        label={t('legalParams.legalBasis')}
        hint={t('legalParams.legalBasisHint')}
        required
        {...f.bind('legalBasis')}
      />
    </AddFormCard>
  );
}

/** Legal parameter periods: the statutory criteria and amounts by the date they apply from. */
export function LegalParametersPage() {
  const { t, date, money } = useI18n();
  const list = useLegalParameters();
  const periods = [...(list.data?.items ?? [])].sort((a, b) => b.validFrom.localeCompare(a.validFrom));
  return (
    <AddableListPage texts="legalParams" list={list} form={(p) => <PeriodForm latest={periods[0]} {...p} />}>
      {list.data ? (
        <DataTable caption={t('legalParams.caption')} compact>
          <thead>
            <tr>
              <th scope="col">{t('legalParams.validFrom')}</th>
              {MONEY.map((k) => (
                <th scope="col" key={k}>
                  {t(`legalParams.${k}`)}
                </th>
              ))}
              {PERCENT.map((k) => (
                <th scope="col" key={k}>
                  {t(`legalParams.${k}`)}
                </th>
              ))}
              <th scope="col">{t('legalParams.legalBasis')}</th>
            </tr>
          </thead>
          <tbody>
            {periods.map((p) => (
              <tr key={p.validFrom}>
                <th scope="row" className="nowrap">
                  {date(p.validFrom)}
                </th>
                {MONEY.map((k) => (
                  <td key={k} className="nowrap">
                    {p[k] === null ? '—' : money(p[k])}
                  </td>
                ))}
                {PERCENT.map((k) => (
                  <td key={k}>{p[k]}%</td>
                ))}
                <td className="small basis-cell">{p.legalBasis}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      ) : null}
    </AddableListPage>
  );
}
