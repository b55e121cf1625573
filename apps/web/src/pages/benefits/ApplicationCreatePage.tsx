import './benefits.css';
import { APPLICATION_BENEFITS, CHANNELS, CreateApplication } from '@ostoja/domain/applications/application';
import { HELP_REASONS, helpReasonKey } from '@ostoja/domain/applications/help-reasons';
import type { Household } from '@ostoja/domain/registry/household';
import type { PersonSummary } from '@ostoja/domain/registry/person';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { benefitsApi } from '../../api/benefits.ts';
import { registryApi } from '../../api/registry.ts';
import { useI18n } from '../../app/i18n.tsx';
import { Alert, Loading } from '../../components/feedback.tsx';
import {
  CheckboxField,
  CheckboxGroup,
  DateField,
  fieldId,
  SelectField,
  TextAreaField,
} from '../../components/fields.tsx';
import { ConfirmDialog } from '../../components/kit/confirm-dialog.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { useRead } from '../../components/kit/use-read.ts';
import { Page } from '../../components/page.tsx';
import { formatAddress, listName, todayIso } from '../../lib/format.ts';
import { orNull } from '../../lib/forms.ts';
import { PersonPicker } from '../registry/person-picker.tsx';
import { registryKeys } from '../registry/queries.ts';
import { useApplicationSaved } from './queries.ts';

/** Finds the household through one of its members when the form was not opened from a household. */
/** The registered applicant of the household is the usual one; the worker may pick another member. */
const applicantOf = (h: Household | undefined) =>
  h?.members.find((m) => m.relation === 'applicant')?.id ?? '';

function HouseholdChooser({ onChoose, error }: { onChoose(h: string, p: string): void; error?: string }) {
  const { t } = useI18n();
  const [picked, setPicked] = useState<PersonSummary | null>(null);
  return (
    <>
      <PersonPicker
        id={fieldId('householdId')}
        selected={picked}
        error={error}
        onSelect={(p) => {
          setPicked(p);
          if (p?.householdId) onChoose(p.householdId, p.id);
        }}
      />
      {picked && !picked.householdId ? (
        <Alert kind="warning">
          <p>{t('applicationNew.noHousehold')}</p>
          <p>
            <Link to="/households/new">{t('nav.newHousehold')}</Link>
          </p>
        </Alert>
      ) : null}
    </>
  );
}

interface Values {
  householdId: string;
  applicantId: string;
  channel: string;
  submittedOn: string;
  benefits: string[];
  helpReasons: string[];
  urgent: boolean;
  description: string;
}

export function ApplicationCreatePage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const saved = useApplicationSaved();
  const [params] = useSearchParams();
  const fromHousehold = params.get('household');
  const f = useEditForm({
    schema: CreateApplication,
    defaultValues: {
      householdId: fromHousehold ?? '',
      applicantId: '',
      channel: 'inPerson',
      submittedOn: todayIso(),
      benefits: [],
      helpReasons: [],
      urgent: false,
      description: '',
    } as Values,
    // The household is read below from the chosen id; at submit time it is there.
    toBody: (v: Values): CreateApplication => ({
      ...v,
      channel: v.channel as CreateApplication['channel'],
      benefits: v.benefits as CreateApplication['benefits'],
      helpReasons: v.helpReasons as CreateApplication['helpReasons'],
      applicantId: v.applicantId || applicantOf(household.data),
      description: orNull(v.description),
    }),
    save: benefitsApi.create,
    onSaved: (app) => {
      saved(app);
      navigate(`/applications/${app.id}`, { state: { notice: 'notice.created' } });
    },
  });
  const householdId = f.values.householdId;
  const household = useRead(
    registryKeys.household(householdId),
    (signal) => registryApi.household(householdId, signal),
    !!householdId,
  );
  const h = household.data?.id === householdId ? household.data : undefined;
  // A member of the Niebieska Karta compartment filing for a sealed person is told first that the
  // person becomes visible in the registry, without the procedure (decision 0015).
  const [warn, setWarn] = useState(false);
  const applicant = h?.members.find((m) => m.id === (f.values.applicantId || applicantOf(h)));
  const guarded = {
    ...f,
    submit: async (confirm = false) => (applicant?.sealed && !confirm ? setWarn(true) : f.submit(confirm)),
  };
  const choose = (hid: string, pid: string) => {
    f.set('householdId')(hid);
    f.set('applicantId')(pid);
  };

  return (
    <Page title={t('applicationNew.title')} lead={t('applicationNew.lead')}>
      <ConfirmDialog
        open={warn}
        title={t('release.confirmTitle')}
        confirmLabel={t('release.confirm')}
        onConfirm={() => {
          setWarn(false);
          f.submit(true);
        }}
        onCancel={() => setWarn(false)}
      >
        <p>{t('release.confirmBody')}</p>
      </ConfirmDialog>
      <EditForm form={guarded} submitLabel={t('applicationNew.submit')}>
        <fieldset className="group">
          <legend>{t('applicationNew.household')}</legend>
          {!householdId ? (
            <HouseholdChooser error={f.errors.householdId} onChoose={choose} />
          ) : household.error ? (
            // Not LoadError: its "not found" is a page of its own, with a second <h1>.
            <Alert>
              <p>{household.error.status === 404 ? t('notFound.body') : household.error.message}</p>
            </Alert>
          ) : !h ? (
            <Loading />
          ) : (
            <div className="picked" id={fieldId('householdId')} tabIndex={-1}>
              <p>
                <strong>{formatAddress(h)}</strong>
                {h.fieldTeamName ? ` · ${h.fieldTeamName}` : ''}
              </p>
              {!fromHousehold ? (
                <button type="button" className="button secondary small" onClick={() => choose('', '')}>
                  {t('applicationNew.changeHousehold')}
                </button>
              ) : null}
            </div>
          )}
          {h ? (
            <SelectField
              label={t('application.applicant')}
              required
              options={[
                { value: '', label: t('form.choose') },
                ...h.members.map((m) => ({
                  value: m.id,
                  label: `${listName(m)} (${t(`relation.${m.relation}`)})`,
                })),
              ]}
              {...f.bind('applicantId')}
              value={f.values.applicantId || applicantOf(h)}
            />
          ) : null}
        </fieldset>
        <fieldset className="group">
          <legend>{t('applicationNew.details')}</legend>
          <div className="field-row">
            <SelectField
              label={t('application.channel')}
              required
              options={CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))}
              {...f.bind('channel')}
            />
            <DateField label={t('application.submittedOn')} {...f.bind('submittedOn')} />
          </div>
          <CheckboxGroup
            legend={t('application.benefitsAsked')}
            required
            options={APPLICATION_BENEFITS.map((b) => ({ value: b, label: t(`benefit.${b}`) }))}
            {...f.bind('benefits')}
          />
          <CheckboxGroup
            legend={t('application.helpReasons')}
            required
            options={HELP_REASONS.map((r) => ({
              value: r,
              label: t('applicationNew.reasonOption', { code: r, name: t(helpReasonKey(r)) }),
            }))}
            {...f.bind('helpReasons')}
          />
          <CheckboxField
            label={t('application.urgentLabel')}
            hint={t('application.urgentHint')}
            {...f.tick('urgent')}
          />
          <TextAreaField label={t('application.description')} {...f.bind('description')} />
        </fieldset>
      </EditForm>
    </Page>
  );
}
