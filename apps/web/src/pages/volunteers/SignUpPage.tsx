import { TIMES_OF_DAY, VOLUNTEER_SKILLS, VolunteerSignUp } from '@ostoja/domain/volunteers/volunteer';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { useI18n } from '../../app/i18n.tsx';
import { ErrorSummary } from '../../components/feedback.tsx';
import { CheckboxField, fieldId, TextField } from '../../components/fields.tsx';
import { Page } from '../../components/page.tsx';
import { CheckboxGroup, TextAreaField } from '../../components/portal-fields.tsx';
import { orNull, validate } from '../../lib/forms.ts';
import { useSubmit } from '../../lib/use-submit.ts';

function Thanks() {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} className="alert alert-success" role="status">
      <p className="alert-title">{t('vol.thanks.title')}</p>
      <p>{t('vol.thanks.text')}</p>
      <p>
        <Link to="/portal">{t('portal.notFound.home')}</Link>
      </p>
    </div>
  );
}

/** "Wolontariat": how to reach you, when you can help, with what, and the consent. Nothing more. */
export function SignUpPage() {
  const { t, locale } = useI18n();
  const [firstName, setFirstName] = useState('');
  const [surname, setSurname] = useState('');
  const [phone, setPhone] = useState('');
  const [email, setEmail] = useState('');
  const [adult, setAdult] = useState(false);
  const [weekdays, setWeekdays] = useState<string[]>([]);
  const [times, setTimes] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [skills, setSkills] = useState<string[]>([]);
  const [about, setAbout] = useState('');
  const [consent, setConsent] = useState(false);
  const [done, setDone] = useState(false);
  const { state, run, invalid } = useSubmit();

  async function submit(e: FormEvent) {
    e.preventDefault();
    const body = {
      firstName,
      surname,
      phone: orNull(phone),
      email: orNull(email),
      adult,
      availability: { weekdays: weekdays.map(Number), times, note: orNull(note) },
      skills,
      about: orNull(about),
      consent,
    };
    const v = validate(VolunteerSignUp, body, locale);
    if (!v.ok) return invalid(v.errors);
    if (await run(() => api.post('/api/v1/volunteers/sign-up', v.data))) setDone(true);
  }

  const err = state.errors;
  return (
    <Page title={t('vol.title')} lead={t('vol.lead')}>
      {done ? (
        <Thanks />
      ) : (
        <>
          <p className="hint">{t('form.requiredNote')}</p>
          <ErrorSummary errors={err} message={state.message} version={state.attempt} />
          <form onSubmit={submit} noValidate className="form">
            <fieldset className="group">
              <legend>{t('vol.section.you')}</legend>
              <div className="field-row">
                <TextField
                  id={fieldId('firstName')}
                  label={t('apply.firstName')}
                  value={firstName}
                  onValue={setFirstName}
                  error={err.firstName}
                  autoComplete="given-name"
                  required
                />
                <TextField
                  id={fieldId('surname')}
                  label={t('apply.surname')}
                  value={surname}
                  onValue={setSurname}
                  error={err.surname}
                  autoComplete="family-name"
                  required
                />
              </div>
              <p className="hint">{t('vol.contactHint')}</p>
              <div className="field-row">
                <TextField
                  id={fieldId('phone')}
                  label={t('apply.phone')}
                  type="tel"
                  value={phone}
                  onValue={setPhone}
                  error={err.phone}
                  autoComplete="tel"
                />
                <TextField
                  id={fieldId('email')}
                  label={t('apply.email')}
                  type="email"
                  value={email}
                  onValue={setEmail}
                  error={err.email}
                  autoComplete="email"
                />
              </div>
              <CheckboxField
                id={fieldId('adult')}
                label={t('vol.adult')}
                hint={t('vol.adultHint')}
                checked={adult}
                onChecked={setAdult}
                error={err.adult}
              />
            </fieldset>
            <fieldset className="group">
              <legend>{t('vol.section.when')}</legend>
              <CheckboxGroup
                id={fieldId('availability.weekdays')}
                legend={t('vol.weekdays')}
                values={weekdays}
                onValues={setWeekdays}
                options={[1, 2, 3, 4, 5, 6, 7].map((d) => ({ value: String(d), label: t(`day.${d}`) }))}
                error={err['availability.weekdays']}
                required
              />
              <CheckboxGroup
                id={fieldId('availability.times')}
                legend={t('vol.times')}
                values={times}
                onValues={setTimes}
                options={TIMES_OF_DAY.map((x) => ({ value: x, label: t(`timeOfDay.${x}`) }))}
                error={err['availability.times']}
                required
              />
              <TextField
                id={fieldId('availability.note')}
                label={t('vol.availabilityNote')}
                value={note}
                onValue={setNote}
                error={err['availability.note']}
              />
            </fieldset>
            <fieldset className="group">
              <legend>{t('vol.section.what')}</legend>
              <CheckboxGroup
                id={fieldId('skills')}
                legend={t('vol.skills')}
                values={skills}
                onValues={setSkills}
                options={VOLUNTEER_SKILLS.map((x) => ({ value: x, label: t(`volunteerSkill.${x}`) }))}
                error={err.skills}
                required
              />
              <TextAreaField
                id={fieldId('about')}
                label={t('vol.about')}
                hint={t('vol.aboutHint')}
                value={about}
                onValue={setAbout}
                error={err.about}
                rows={4}
              />
            </fieldset>
            <CheckboxField
              id={fieldId('consent')}
              label={t('vol.consent')}
              checked={consent}
              onChecked={setConsent}
              error={err.consent}
            />
            <button type="submit" className="button primary" disabled={state.busy}>
              {t('vol.submit')}
            </button>
          </form>
        </>
      )}
    </Page>
  );
}
