import { HELP_REASONS } from '@ostoja/domain/applications/help-reasons';
import { UPLOAD_LIMITS } from '@ostoja/domain/portal/files';
import { CONTACT_CHANNELS, INTAKE_HELP_KINDS, IntakeInput } from '@ostoja/domain/portal/intake';
import { type FormEvent, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { useI18n } from '../../app/i18n.tsx';
import { ErrorSummary } from '../../components/feedback.tsx';
import { CheckboxField, fieldId, TextField } from '../../components/fields.tsx';
import { Page } from '../../components/page.tsx';
import { CheckboxGroup, RadioGroup, TextAreaField } from '../../components/portal-fields.tsx';
import { orNull, validate } from '../../lib/forms.ts';
import { useSubmit } from '../../lib/use-submit.ts';
import {
  AddressFields,
  type AddressValues,
  emptyPerson,
  HouseholdEditor,
  type MemberValues,
  PersonFields,
  type PersonValues,
} from './apply-sections.tsx';
import { AttachmentsField, type Chosen, sendAttachments } from './attachments.tsx';
import { type Filed, FiledView } from './filed-view.tsx';

const person = (p: PersonValues) => ({
  firstName: p.firstName,
  surname: p.surname,
  pesel: orNull(p.pesel),
  birthDate: orNull(p.birthDate),
});

/**
 * The online application for help, modelled on the PS-1 form: who applies, where they live, how
 * to reach them, who lives with them, what help and why, attachments. On success: the reference
 * number and the code (shown once), then the attachments are sent in parts with progress.
 */
export function ApplyPage() {
  const { t, locale } = useI18n();
  const [params] = useSearchParams();
  const preset = params.get('help');
  const [applicant, setApplicant] = useState<PersonValues>(emptyPerson);
  const [address, setAddress] = useState<AddressValues>({
    street: '',
    building: '',
    apartment: '',
    postalCode: '',
    city: '',
  });
  const [phone, setPhone] = useState('');
  const [email, setEmail] = useState('');
  const [preferred, setPreferred] = useState('phone');
  const [household, setHousehold] = useState<MemberValues[]>([]);
  const [help, setHelp] = useState<string[]>(
    preset && (INTAKE_HELP_KINDS as readonly string[]).includes(preset) ? [preset] : [],
  );
  const [helpOther, setHelpOther] = useState('');
  const [reasons, setReasons] = useState<string[]>([]);
  const [description, setDescription] = useState('');
  const [declaration, setDeclaration] = useState(false);
  const [files, setFiles] = useState<Chosen[]>([]);
  const [filed, setFiled] = useState<Filed | null>(null);
  const { state, run, invalid } = useSubmit();
  const update = (key: number, patch: Partial<Chosen>) =>
    setFiles((all) => all.map((f) => (f.key === key ? { ...f, ...patch } : f)));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const body = {
      applicant: person(applicant),
      address: { ...address, apartment: orNull(address.apartment) },
      phone: orNull(phone),
      email: orNull(email),
      preferredContact: preferred,
      household: household.map((m) => ({ ...person(m), relation: m.relation })),
      help,
      helpOther: orNull(helpOther),
      reasons,
      description,
      declaration,
    };
    const v = validate(IntakeInput, body, locale);
    const tooMany = files.length > UPLOAD_LIMITS.maxAttachments;
    if (!v.ok || tooMany)
      return invalid({
        ...(v.ok ? {} : v.errors),
        ...(tooMany ? { files: t('apply.files.tooMany', { max: UPLOAD_LIMITS.maxAttachments }) } : {}),
      });
    const holder: { filed?: Filed } = {};
    await run(async () => {
      holder.filed = await api.post<Filed>('/api/v1/portal/intakes', v.data);
      setFiled(holder.filed);
    });
    if (holder.filed) {
      const { reference, code } = holder.filed;
      await sendAttachments(files, { reference, code }, update);
    }
  }

  if (filed) return <FiledView filed={filed} files={files} />;

  const err = state.errors;
  return (
    <Page title={t('apply.title')} lead={t('apply.lead')}>
      <p className="hint">{t('form.requiredNote')}</p>
      <ErrorSummary errors={err} message={state.message} version={state.attempt} />
      <form onSubmit={submit} noValidate className="form">
        <fieldset className="group">
          <legend>{t('apply.section.applicant')}</legend>
          <PersonFields path="applicant." values={applicant} onChange={setApplicant} errors={err} />
        </fieldset>
        <fieldset className="group">
          <legend>{t('apply.section.address')}</legend>
          <AddressFields values={address} onChange={setAddress} errors={err} />
        </fieldset>
        <fieldset className="group">
          <legend>{t('apply.section.contact')}</legend>
          <p className="hint">{t('apply.contactHint')}</p>
          <div className="field-row">
            <TextField
              id={fieldId('phone')}
              label={t('apply.phone')}
              type="tel"
              autoComplete="tel"
              value={phone}
              onValue={setPhone}
              error={err.phone}
            />
            <TextField
              id={fieldId('email')}
              label={t('apply.email')}
              type="email"
              autoComplete="email"
              value={email}
              onValue={setEmail}
              error={err.email}
            />
          </div>
          <RadioGroup
            id={fieldId('preferredContact')}
            legend={t('apply.preferred')}
            value={preferred}
            onValue={setPreferred}
            options={CONTACT_CHANNELS.map((c) => ({ value: c, label: t(`contactChannel.${c}`) }))}
            error={err.preferredContact}
          />
        </fieldset>
        <fieldset className="group">
          <legend>{t('apply.section.household')}</legend>
          <HouseholdEditor members={household} onChange={setHousehold} errors={err} />
        </fieldset>
        <fieldset className="group">
          <legend>{t('apply.section.help')}</legend>
          <CheckboxGroup
            id={fieldId('help')}
            legend={t('apply.help')}
            values={help}
            onValues={setHelp}
            options={INTAKE_HELP_KINDS.map((k) => ({ value: k, label: t(`intakeHelp.${k}`) }))}
            error={err.help}
            required
          />
          {help.includes('other') ? (
            <TextField
              id={fieldId('helpOther')}
              label={t('apply.helpOther')}
              value={helpOther}
              onValue={setHelpOther}
              error={err.helpOther}
              required
            />
          ) : null}
          <CheckboxGroup
            id={fieldId('reasons')}
            legend={t('apply.reasons')}
            hint={t('apply.reasonsHint')}
            values={reasons}
            onValues={setReasons}
            options={HELP_REASONS.map((r) => ({ value: r, label: t(`helpReason.${r}`) }))}
            error={err.reasons}
          />
          <TextAreaField
            id={fieldId('description')}
            label={t('apply.description')}
            hint={t('apply.descriptionHint')}
            value={description}
            onValue={setDescription}
            error={err.description}
            required
            rows={6}
          />
        </fieldset>
        <fieldset className="group">
          <legend>{t('apply.section.files')}</legend>
          <AttachmentsField
            id={fieldId('files')}
            files={files}
            onFiles={setFiles}
            room={UPLOAD_LIMITS.maxAttachments}
          />
        </fieldset>
        <CheckboxField
          id={fieldId('declaration')}
          label={t('apply.declaration')}
          checked={declaration}
          onChecked={setDeclaration}
          error={err.declaration}
        />
        <p className="hint">{t('apply.privacy')}</p>
        <button type="submit" className="button primary" disabled={state.busy}>
          {t('apply.submit')}
        </button>
      </form>
    </Page>
  );
}
