import {
  CreateHousingAllowanceApplication,
  LEGAL_TITLES,
} from '@ostoja/domain/housing-allowances/application';
import type { Household } from '@ostoja/domain/registry/household';
import { useNavigate } from 'react-router-dom';
import { housingAllowancesApi } from '../../api/housing-allowances.ts';
import { useI18n } from '../../app/i18n.tsx';
import { CheckboxField, fieldId, SelectField, TextField } from '../../components/fields.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { Page } from '../../components/page.tsx';
import type { UiKey } from '../../i18n/keys.ts';
import { todayIso } from '../../lib/format.ts';
import { ApplicantFieldset, grosze, useRegistryFamily } from '../family-benefits/member-income.tsx';
import { useHousingSaved } from './queries.ts';

interface Values {
  householdId: string;
  applicantId: string;
  submittedOn: string;
  members: { personId: string; name: string; living: boolean }[];
  income1: string;
  income2: string;
  income3: string;
  flatArea: string;
  wheelchairUser: boolean;
  monthlyExpenses: string;
  legalTitle: string;
  electricityContract: boolean;
  managerName: string;
  managerAddress: string;
  managerIban: string;
}
type TextKey =
  | 'submittedOn'
  | 'income1'
  | 'income2'
  | 'income3'
  | 'flatArea'
  | 'monthlyExpenses'
  | 'managerName'
  | 'managerAddress'
  | 'managerIban';

// Stable, for the registry picker: everyone of the household lives in the flat until unticked.
const membersOf = (h: Household) =>
  h.members.map((m) => ({ personId: m.id, name: `${m.firstName} ${m.surname}`, living: true }));

const area = (s: string) => (s.trim() === '' ? 0 : Number(s.replace(',', '.')));

function toBody(v: Values): CreateHousingAllowanceApplication {
  return {
    householdId: v.householdId,
    applicantId: v.applicantId,
    submittedOn: v.submittedOn,
    members: v.members.filter((m) => m.living).map((m) => ({ personId: m.personId })),
    incomes: [grosze(v.income1), grosze(v.income2), grosze(v.income3)],
    flatArea: area(v.flatArea),
    wheelchairUser: v.wheelchairUser,
    monthlyExpenses: grosze(v.monthlyExpenses),
    legalTitle: v.legalTitle as CreateHousingAllowanceApplication['legalTitle'],
    electricityContract: v.electricityContract,
    manager: { name: v.managerName, address: v.managerAddress, iban: v.managerIban },
  };
}

const EMPTY: Values = {
  householdId: '',
  applicantId: '',
  submittedOn: todayIso(),
  members: [],
  income1: '',
  income2: '',
  income3: '',
  flatArea: '',
  wheelchairUser: false,
  monthlyExpenses: '',
  legalTitle: 'tenancy',
  electricityContract: false,
  managerName: '',
  managerAddress: '',
  managerIban: '',
};

/** The clerk enters an application: the household, its 3 months' income, the flat and its manager. */
export function NewApplicationPage() {
  const { t, tk } = useI18n();
  const navigate = useNavigate();
  const saved = useHousingSaved();
  const f = useEditForm({
    schema: CreateHousingAllowanceApplication,
    defaultValues: EMPTY,
    toBody,
    save: housingAllowancesApi.create,
    onSaved: (a) => {
      saved(a);
      navigate(`/housing-allowances/${a.id}`);
    },
  });
  const family = useRegistryFamily(f.form, membersOf);
  const v = f.values;
  const set = (path: string, value: unknown) => f.form.setValue(path as never, value as never);
  /** A text field of the form's value `path`, named by the request's `field` (its id and its error). */
  const text = (path: TextKey, field: string, label: string, type?: string) => (
    <TextField
      {...f.bind(path, field)}
      label={label}
      type={type}
      inputMode={type ? undefined : 'decimal'}
      required
    />
  );
  const label = (key: UiKey) => t(key);
  return (
    <Page title={t('ha.new')} lead={t('ha.lead')}>
      <EditForm form={f} submitLabel={t('fb.submit')}>
        <ApplicantFieldset
          legend={t('fb.applicant')}
          family={family}
          error={f.errors.applicantId ?? f.errors.householdId ?? f.errors.members}
        />
        {text('submittedOn', 'submittedOn', t('fb.submittedOn'), 'date')}
        {v.members.length ? (
          <fieldset>
            <legend>{t('ha.household')}</legend>
            {v.members.map((m, i) => (
              <CheckboxField
                key={m.personId}
                id={fieldId(`members.${i}.personId`)}
                label={m.name}
                checked={m.living}
                onChecked={(x) => set(`members.${i}.living`, x)}
                error={f.errors[`members.${i}.personId`]}
              />
            ))}
          </fieldset>
        ) : null}
        <fieldset>
          <legend>{t('fb.familyIncome')}</legend>
          {([1, 2, 3] as const).map((n) => text(`income${n}`, `incomes.${n - 1}`, t('ha.income', { n })))}
        </fieldset>
        <fieldset>
          <legend>{t('ha.flatArea')}</legend>
          {text('flatArea', 'flatArea', label('ha.flatArea'))}
          {text('monthlyExpenses', 'monthlyExpenses', label('ha.expenses'))}
          <SelectField
            {...f.bind('legalTitle')}
            label={t('ha.legalTitle')}
            options={LEGAL_TITLES.map((o) => ({ value: o, label: tk('ha.legalTitle', o) }))}
          />
          <CheckboxField label={t('ha.wheelchair')} {...f.tick('wheelchairUser')} />
          <CheckboxField label={t('ha.electricity')} {...f.tick('electricityContract')} />
        </fieldset>
        <fieldset>
          <legend>{t('ha.manager')}</legend>
          {text('managerName', 'manager.name', label('ha.managerName'), 'text')}
          {text('managerAddress', 'manager.address', label('ha.managerAddress'), 'text')}
          {text('managerIban', 'manager.iban', label('ha.managerIban'), 'text')}
        </fieldset>
      </EditForm>
    </Page>
  );
}
