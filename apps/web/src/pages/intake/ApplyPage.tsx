import { HELP_REASONS } from '@ostoja/domain/applications/help-reasons';
import { UPLOAD_LIMITS } from '@ostoja/domain/portal/files';
import { INTAKE_HELP_KINDS, IntakeInput } from '@ostoja/domain/portal/intake';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ApiError } from '../../api/client.ts';
import { type Filed, intakeApi } from '../../api/intake.ts';
import { useI18n } from '../../app/i18n.tsx';
import { CheckboxGroup, fieldId, TextField } from '../../components/fields.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { Page } from '../../components/page.tsx';
import { TextAreaField } from '../../components/portal-fields.tsx';
import { orNull } from '../../lib/forms.ts';
import {
  AddressFields,
  ContactFields,
  Declaration,
  emptyPerson,
  HouseholdEditor,
  type MemberValues,
  PersonFields,
  type PersonValues,
} from './apply-sections.tsx';
import { AttachmentsField, type Chosen, sendAttachments } from './attachments.tsx';
import { FiledView } from './filed-view.tsx';

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
  const { t } = useI18n();
  const [params] = useSearchParams();
  const preset = params.get('help');
  const [files, setFiles] = useState<Chosen[]>([]);
  const [filed, setFiled] = useState<Filed | null>(null);
  const update = (key: number, patch: Partial<Chosen>) =>
    setFiles((all) => all.map((f) => (f.key === key ? { ...f, ...patch } : f)));
  const f = useEditForm({
    schema: IntakeInput,
    defaultValues: {
      applicant: emptyPerson(),
      address: { street: '', building: '', apartment: '', postalCode: '', city: '' },
      phone: '',
      email: '',
      preferredContact: 'phone',
      household: [] as MemberValues[],
      help: preset && (INTAKE_HELP_KINDS as readonly string[]).includes(preset) ? [preset] : [],
      helpOther: '',
      reasons: [] as string[],
      description: '',
      declaration: false,
    },
    // Choices travel as typed; the schema refuses what is not one of its values.
    toBody: (v) => ({
      applicant: person(v.applicant),
      address: { ...v.address, apartment: orNull(v.address.apartment) },
      phone: orNull(v.phone),
      email: orNull(v.email),
      preferredContact: v.preferredContact as never,
      household: v.household.map((m) => ({ ...person(m), relation: m.relation as never })),
      help: v.help as never,
      helpOther: orNull(v.helpOther),
      reasons: v.reasons as never,
      description: v.description,
      declaration: v.declaration as true,
    }),
    save: (body) => {
      // More files than an application takes: said at the files, nothing is sent.
      if (files.length > UPLOAD_LIMITS.maxAttachments)
        throw new ApiError(400, 'validation', '', [
          { path: 'files', message: t('apply.files.tooMany', { max: UPLOAD_LIMITS.maxAttachments }) },
        ]);
      return intakeApi.file(body);
    },
    onSaved: async (done) => {
      setFiled(done);
      await sendAttachments(files, { reference: done.reference, code: done.code }, update);
    },
  });

  if (filed) return <FiledView filed={filed} files={files} />;

  const v = f.values;
  const err = f.errors;
  return (
    <Page title={t('apply.title')} lead={t('apply.lead')}>
      <EditForm form={f} submitLabel={t('apply.submit')}>
        <fieldset className="group">
          <legend>{t('apply.section.applicant')}</legend>
          <PersonFields path="applicant." values={v.applicant} onChange={f.set('applicant')} errors={err} />
        </fieldset>
        <fieldset className="group">
          <legend>{t('apply.section.address')}</legend>
          <AddressFields values={v.address} onChange={f.set('address')} errors={err} />
        </fieldset>
        <ContactFields values={v} onValue={(name, x) => f.set(name)(x)} errors={err} />
        <fieldset className="group">
          <legend>{t('apply.section.household')}</legend>
          <HouseholdEditor members={v.household} onChange={f.set('household')} errors={err} />
        </fieldset>
        <fieldset className="group">
          <legend>{t('apply.section.help')}</legend>
          <CheckboxGroup
            {...f.bind('help')}
            legend={t('apply.help')}
            grid
            options={INTAKE_HELP_KINDS.map((k) => ({ value: k, label: t(`intakeHelp.${k}`) }))}
            required
          />
          {v.help.includes('other') ? (
            <TextField {...f.bind('helpOther')} label={t('apply.helpOther')} required />
          ) : null}
          <CheckboxGroup
            {...f.bind('reasons')}
            legend={t('apply.reasons')}
            hint={t('apply.reasonsHint')}
            grid
            options={HELP_REASONS.map((r) => ({ value: r, label: t(`helpReason.${r}`) }))}
          />
          <TextAreaField
            {...f.bind('description')}
            label={t('apply.description')}
            hint={t('apply.descriptionHint')}
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
        <Declaration {...f.tick('declaration')} />
      </EditForm>
    </Page>
  );
}
