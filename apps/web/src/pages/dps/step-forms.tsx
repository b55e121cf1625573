import {
  DPS_DOCUMENT_KINDS,
  DpsAdmission,
  DpsDecisionDate,
  DpsDocumentInput,
  type DpsReferral,
} from '@ostoja/domain/services/dps';
import type { z } from 'zod';
import { dpsApi } from '../../api/dps.ts';
import { useI18n } from '../../app/i18n.tsx';
import { DateField, fieldId } from '../../components/fields.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { FormCard } from '../../components/kit/form-card.tsx';
import { ListSelect } from '../../components/kit/list-select.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { todayIso } from '../../lib/format.ts';
import { toBase64 } from '../portal/upload.ts';

type Props = { referral: DpsReferral; onSaved(d: DpsReferral): void };

/** A scanned document of the file; the server checks its type by its bytes. */
export function DocumentForm({ referral, onSaved }: Props) {
  const { t } = useI18n();
  const empty = { kind: 'consent', fileName: '', data: '' };
  const f = useEditForm({
    schema: DpsDocumentInput,
    defaultValues: empty,
    toBody: (v) => ({ kind: v.kind as never, fileName: v.fileName, dataBase64: v.data }),
    save: (body) => dpsApi.addDocument(referral.id, body),
    reset: true,
    onSaved: (d) => onSaved(d),
  });
  async function pick(file: File | undefined) {
    f.set('fileName')(file?.name ?? '');
    f.set('data')(file ? toBase64(new Uint8Array(await file.arrayBuffer())) : '');
  }
  const error = f.errors.dataBase64 ?? f.errors.fileName;
  return (
    <EditForm form={f} submitLabel={t('dps.attach')} requiredNote={false}>
      <ListSelect label={t('dps.docKind')} values={DPS_DOCUMENT_KINDS} prefix="dps.doc" {...f.bind('kind')} />
      <div className={`field${error ? ' has-error' : ''}`}>
        <label htmlFor={fieldId('dataBase64')}>{t('dps.docFile')}</label>
        <input
          id={fieldId('dataBase64')}
          type="file"
          accept="application/pdf,image/jpeg,image/png"
          onChange={(e) => void pick(e.target.files?.[0])}
        />
        {error ? <p className="error">{error}</p> : null}
      </div>
    </EditForm>
  );
}

type DateStep = { decidedOn: string } | { admittedOn: string };

/**
 * A step that takes one date (the decision referring, the admission): its card and the date field
 * with the server's error beside it (a missing document above it). The step's name gives the card's
 * heading and button ("dps.refer", "dps.referSubmit") and the date its field and label.
 */
function DateStepForm<V extends DateStep>({
  name,
  schema,
  save,
  onSaved,
}: {
  name: 'refer' | 'admit';
  schema: z.ZodType<V>;
  save(body: V): Promise<DpsReferral>;
  onSaved(d: DpsReferral): void;
}) {
  const { t } = useI18n();
  const field = name === 'refer' ? 'decidedOn' : 'admittedOn';
  const f = useEditForm({
    schema,
    defaultValues: { [field]: todayIso() } as V,
    save,
    onSaved,
  });
  return (
    <FormCard
      headingId={`dps-${name}-h`}
      title={t(`dps.${name}`)}
      form={f}
      submitLabel={t(`dps.${name}Submit`)}
    >
      {f.errors.documents ? <p className="error">{f.errors.documents}</p> : null}
      <DateField label={t(`dps.${field}`)} {...f.bind(field as never)} />
    </FormCard>
  );
}

/** The decision referring: its date places the person on the waiting list. */
export function ReferForm({ referral, onSaved }: Props) {
  const save = (body: z.infer<typeof DpsDecisionDate>) => dpsApi.refer(referral.id, body);
  return <DateStepForm name="refer" schema={DpsDecisionDate} save={save} onSaved={onSaved} />;
}

/** The day the person entered the home; the file leaves the waiting list. */
export function AdmitForm({ referral, onSaved }: Props) {
  const save = (body: z.infer<typeof DpsAdmission>) => dpsApi.admit(referral.id, body);
  return <DateStepForm name="admit" schema={DpsAdmission} save={save} onSaved={onSaved} />;
}
