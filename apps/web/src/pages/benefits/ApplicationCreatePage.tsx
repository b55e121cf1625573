import './benefits.css';
import { APPLICATION_BENEFITS, CHANNELS, CreateApplication } from '@ostoja/domain/applications/application';
import { HELP_REASONS, helpReasonKey } from '@ostoja/domain/applications/help-reasons';
import type { Household } from '@ostoja/domain/registry/household';
import type { PersonSummary } from '@ostoja/domain/registry/person';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { useI18n } from '../../app/i18n.tsx';
import { Alert, ErrorSummary, Loading } from '../../components/feedback.tsx';
import { CheckboxField, fieldId, SelectField, TextField } from '../../components/fields.tsx';
import { Page } from '../../components/page.tsx';
import { formatAddress, listName, todayIso } from '../../lib/format.ts';
import { orNull, validate } from '../../lib/forms.ts';
import { useApi } from '../../lib/use-api.ts';
import { useSubmit } from '../../lib/use-submit.ts';
import { PersonPicker } from '../registry/person-picker.tsx';
import { CheckboxGroup, TextAreaField } from './text-area.tsx';
import type { ApplicationDetail } from './types.ts';

/** Finds the household through one of its members when the form was not opened from a household. */
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

export function ApplicationCreatePage() {
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const fromHousehold = params.get('household');
  const [householdId, setHouseholdId] = useState<string | null>(fromHousehold);
  const [applicantId, setApplicantId] = useState('');
  const [channel, setChannel] = useState<string>('inPerson');
  const [submittedOn, setSubmittedOn] = useState(todayIso());
  const [benefits, setBenefits] = useState<string[]>([]);
  const [helpReasons, setHelpReasons] = useState<string[]>([]);
  const [urgent, setUrgent] = useState(false);
  const [description, setDescription] = useState('');
  const household = useApi<Household>(householdId ? `/api/v1/households/${householdId}` : null);
  const { state, run, invalid } = useSubmit();
  const h = household.data?.id === householdId ? household.data : undefined;
  // The registered applicant of the household is the usual one; the worker may pick another member.
  const applicant = applicantId || h?.members.find((m) => m.relation === 'applicant')?.id || '';

  async function submit(e: FormEvent) {
    e.preventDefault();
    const body = {
      householdId: householdId ?? '',
      applicantId: applicant,
      channel,
      submittedOn,
      benefits,
      helpReasons,
      urgent,
      description: orNull(description),
    };
    const v = validate(CreateApplication, body, locale);
    if (!v.ok) return invalid(v.errors);
    await run(async () => {
      const app = await api.post<ApplicationDetail>('/api/v1/applications', v.data);
      navigate(`/applications/${app.id}`, { state: { notice: 'notice.created' } });
    });
  }

  return (
    <Page title={t('applicationNew.title')} lead={t('applicationNew.lead')}>
      <ErrorSummary errors={state.errors} message={state.message} version={state.attempt} />
      <form onSubmit={submit} noValidate className="form">
        <p className="hint">{t('form.requiredNote')}</p>
        <fieldset className="group">
          <legend>{t('applicationNew.household')}</legend>
          {!householdId ? (
            <HouseholdChooser
              error={state.errors.householdId}
              onChoose={(hid, pid) => {
                setHouseholdId(hid);
                setApplicantId(pid);
              }}
            />
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
                <button
                  type="button"
                  className="button secondary small"
                  onClick={() => {
                    setHouseholdId(null);
                    setApplicantId('');
                  }}
                >
                  {t('applicationNew.changeHousehold')}
                </button>
              ) : null}
            </div>
          )}
          {h ? (
            <SelectField
              id={fieldId('applicantId')}
              label={t('application.applicant')}
              required
              value={applicant}
              onValue={setApplicantId}
              error={state.errors.applicantId}
              options={[
                { value: '', label: t('form.choose') },
                ...h.members.map((m) => ({
                  value: m.id,
                  label: `${listName(m)} (${t(`relation.${m.relation}`)})`,
                })),
              ]}
            />
          ) : null}
        </fieldset>
        <fieldset className="group">
          <legend>{t('applicationNew.details')}</legend>
          <div className="field-row">
            <SelectField
              id={fieldId('channel')}
              label={t('application.channel')}
              required
              value={channel}
              onValue={setChannel}
              error={state.errors.channel}
              options={CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))}
            />
            <TextField
              id={fieldId('submittedOn')}
              label={t('application.submittedOn')}
              type="date"
              required
              value={submittedOn}
              onValue={setSubmittedOn}
              error={state.errors.submittedOn}
            />
          </div>
          <CheckboxGroup
            id={fieldId('benefits')}
            legend={t('application.benefitsAsked')}
            required
            options={APPLICATION_BENEFITS.map((b) => ({ value: b, label: t(`benefit.${b}`) }))}
            value={benefits}
            onValue={setBenefits}
            error={state.errors.benefits}
          />
          <CheckboxGroup
            id={fieldId('helpReasons')}
            legend={t('application.helpReasons')}
            required
            options={HELP_REASONS.map((r) => ({
              value: r,
              label: t('applicationNew.reasonOption', { code: r, name: t(helpReasonKey(r)) }),
            }))}
            value={helpReasons}
            onValue={setHelpReasons}
            error={state.errors.helpReasons}
          />
          <CheckboxField
            id={fieldId('urgent')}
            label={t('application.urgentLabel')}
            hint={t('application.urgentHint')}
            checked={urgent}
            onChecked={setUrgent}
            error={state.errors.urgent}
          />
          <TextAreaField
            id={fieldId('description')}
            label={t('application.description')}
            value={description}
            onValue={setDescription}
            error={state.errors.description}
          />
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={state.busy}>
            {t('applicationNew.submit')}
          </button>
        </div>
      </form>
    </Page>
  );
}
