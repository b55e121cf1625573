import { TIMES_OF_DAY, VOLUNTEER_SKILLS, VolunteerSignUp } from '@ostoja/domain/volunteers/volunteer';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import type { z } from 'zod';
import { volunteersApi } from '../../api/volunteers.ts';
import { useI18n } from '../../app/i18n.tsx';
import { CheckboxField, CheckboxGroup, fieldId, TextField } from '../../components/fields.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { Page } from '../../components/page.tsx';
import { TextAreaField } from '../../components/portal-fields.tsx';
import { orNull } from '../../lib/forms.ts';

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
  const { t, tk } = useI18n();
  const [done, setDone] = useState(false);
  const f = useEditForm({
    schema: VolunteerSignUp,
    defaultValues: {
      firstName: '',
      surname: '',
      phone: '',
      email: '',
      adult: false,
      weekdays: [] as string[],
      times: [] as string[],
      note: '',
      skills: [] as string[],
      about: '',
      consent: false,
    },
    toBody: (v) =>
      ({
        firstName: v.firstName,
        surname: v.surname,
        phone: orNull(v.phone),
        email: orNull(v.email),
        adult: v.adult,
        availability: { weekdays: v.weekdays.map(Number), times: v.times, note: orNull(v.note) },
        skills: v.skills,
        about: orNull(v.about),
        consent: v.consent,
      }) as z.input<typeof VolunteerSignUp>,
    save: volunteersApi.signUp,
    onSaved: () => setDone(true),
  });
  type Key = keyof typeof f.values;
  /** Value, setter and error of the field at `k` (the body's path where it differs). */
  const bind = <K extends Key>(k: K, path: string = k) => ({
    id: fieldId(path),
    value: f.values[k],
    onValue: (x: (typeof f.values)[K]) => f.form.setValue(k, x as never),
    error: f.errors[path],
  });
  const check = (k: 'adult' | 'consent') => ({
    id: fieldId(k),
    checked: f.values[k],
    onChecked: (x: boolean) => f.form.setValue(k, x),
    error: f.errors[k],
  });
  const many = (k: 'weekdays' | 'times' | 'skills', path: string = k) => ({ ...bind(k, path), grid: true });
  return (
    <Page title={t('vol.title')} lead={t('vol.lead')}>
      {done ? (
        <Thanks />
      ) : (
        <EditForm form={f} submitLabel={t('vol.submit')}>
          <fieldset className="group">
            <legend>{t('vol.section.you')}</legend>
            <div className="field-row">
              <TextField
                label={t('apply.firstName')}
                {...bind('firstName')}
                autoComplete="given-name"
                required
              />
              <TextField
                label={t('apply.surname')}
                {...bind('surname')}
                autoComplete="family-name"
                required
              />
            </div>
            <p className="hint">{t('vol.contactHint')}</p>
            <div className="field-row">
              <TextField label={t('apply.phone')} type="tel" {...bind('phone')} autoComplete="tel" />
              <TextField label={t('apply.email')} type="email" {...bind('email')} autoComplete="email" />
            </div>
            <CheckboxField label={t('vol.adult')} hint={t('vol.adultHint')} {...check('adult')} />
          </fieldset>
          <fieldset className="group">
            <legend>{t('vol.section.when')}</legend>
            <CheckboxGroup
              legend={t('vol.weekdays')}
              {...many('weekdays', 'availability.weekdays')}
              options={[1, 2, 3, 4, 5, 6, 7].map((d) => ({ value: String(d), label: tk('day', d) }))}
              required
            />
            <CheckboxGroup
              legend={t('vol.times')}
              {...many('times', 'availability.times')}
              options={TIMES_OF_DAY.map((x) => ({ value: x, label: t(`timeOfDay.${x}`) }))}
              required
            />
            <TextField label={t('vol.availabilityNote')} {...bind('note', 'availability.note')} />
          </fieldset>
          <fieldset className="group">
            <legend>{t('vol.section.what')}</legend>
            <CheckboxGroup
              legend={t('vol.skills')}
              {...many('skills')}
              options={VOLUNTEER_SKILLS.map((x) => ({ value: x, label: t(`volunteerSkill.${x}`) }))}
              required
            />
            <TextAreaField label={t('vol.about')} hint={t('vol.aboutHint')} {...bind('about')} rows={4} />
          </fieldset>
          <CheckboxField label={t('vol.consent')} {...check('consent')} />
        </EditForm>
      )}
    </Page>
  );
}
