import { GROUNDS, OpenProceeding, REPORTER_KINDS } from '@ostoja/domain/alcohol-commission/proceeding';
import { useNavigate } from 'react-router-dom';
import { alcoholCommissionApi } from '../../api/alcohol-commission.ts';
import { useI18n } from '../../app/i18n.tsx';
import {
  CheckboxField,
  DateField,
  GroupError,
  SelectField,
  TextAreaField,
  TextField,
} from '../../components/fields.tsx';
import { ActionLink } from '../../components/kit/action-link.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { Page } from '../../components/page.tsx';
import { todayIso } from '../../lib/format.ts';
import { ADDRESS_KEYS } from '../registry/person-fields.tsx';
import { useCommissionSaved } from './queries.ts';

const PERSON_FIELDS = ['firstName', 'surname', 'pesel', ...ADDRESS_KEYS] as const;

/**
 * A report (zgłoszenie, art. 24): who reported, about whom, on which grounds. The person is
 * registered by the commission itself (the registry finds one with the same PESEL and names).
 */
export function OpenProceedingPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const saved = useCommissionSaved();
  const f = useEditForm({
    schema: OpenProceeding,
    defaultValues: {
      reportedOn: todayIso(),
      reporterKind: 'police' as string,
      reporterName: '',
      reporterInstitution: '',
      person: Object.fromEntries(PERSON_FIELDS.map((k) => [k, ''])) as Record<
        (typeof PERSON_FIELDS)[number],
        string
      >,
      grounds: [] as string[],
      description: '',
    },
    toBody: (v) => ({
      reportedOn: v.reportedOn,
      reporter: {
        kind: v.reporterKind as (typeof REPORTER_KINDS)[number],
        name: v.reporterName,
        institution: v.reporterInstitution || null,
      },
      person: v.person,
      grounds: v.grounds as (typeof GROUNDS)[number][],
      description: v.description,
    }),
    save: alcoholCommissionApi.open,
    onSaved: (p) => {
      saved.proceeding(p);
      navigate(`/alcohol-commission/proceedings/${p.id}`);
    },
  });
  const v = f.values;
  const toggle = (g: string, on: boolean) =>
    f.form.setValue('grounds', on ? [...v.grounds, g] : v.grounds.filter((x) => x !== g));
  return (
    <Page title={t('ac.open.title')} lead={t('ac.open.lead')}>
      <EditForm
        form={f}
        submitLabel={t('ac.open.submit')}
        actions={<ActionLink to="/alcohol-commission">{t('action.cancel')}</ActionLink>}
      >
        <DateField {...f.bind('reportedOn')} label={t('ac.reportedOn')} />
        <SelectField
          {...f.bind('reporterKind', 'reporter.kind')}
          label={t('ac.reporter.kind')}
          required
          options={REPORTER_KINDS.map((k) => ({ value: k, label: t(`ac.reporter.${k}`) }))}
        />
        <TextField {...f.bind('reporterName', 'reporter.name')} label={t('ac.reporter.name')} required />
        <TextField
          {...f.bind('reporterInstitution', 'reporter.institution')}
          label={t('ac.reporter.institution')}
        />
        <fieldset className="wide">
          <legend>{t('ac.person')}</legend>
          {PERSON_FIELDS.map((k) => (
            <TextField
              key={k}
              {...f.bind(`person.${k}`)}
              label={t(`ac.person.${k}`)}
              required={k === 'firstName' || k === 'surname'}
            />
          ))}
        </fieldset>
        <fieldset className="wide">
          <legend>{t('ac.grounds')}</legend>
          <GroupError id="grounds-error" error={f.errors.grounds} />
          {GROUNDS.map((g) => (
            <CheckboxField
              key={g}
              id={`ground-${g}`}
              label={t(`ac.ground.${g}`)}
              checked={v.grounds.includes(g)}
              onChecked={(on) => toggle(g, on)}
            />
          ))}
        </fieldset>
        <TextAreaField {...f.bind('description')} label={t('ac.description')} required />
      </EditForm>
    </Page>
  );
}
