import {
  DPS_DOCUMENT_KINDS,
  DpsAdmission,
  DpsDecisionDate,
  DpsDocumentInput,
  type DpsReferral,
} from '@ostoja/domain/services/dps';
import { dpsApi } from '../../api/dps.ts';
import { useI18n } from '../../app/i18n.tsx';
import { fieldId, SelectField, TextField } from '../../components/fields.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
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
    onSaved: (d) => {
      f.reset(empty);
      onSaved(d);
    },
  });
  async function pick(file: File | undefined) {
    f.form.setValue('fileName', file?.name ?? '');
    f.form.setValue('data', file ? toBase64(new Uint8Array(await file.arrayBuffer())) : '');
  }
  const error = f.errors.dataBase64 ?? f.errors.fileName;
  return (
    <EditForm form={f} submitLabel={t('dps.attach')} requiredNote={false}>
      <SelectField
        id={fieldId('kind')}
        label={t('dps.docKind')}
        value={f.values.kind}
        onValue={(x) => f.form.setValue('kind', x)}
        options={DPS_DOCUMENT_KINDS.map((k) => ({ value: k, label: t(`dps.doc.${k}`) }))}
      />
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

/** The decision referring: its date places the person on the waiting list. */
export function ReferForm({ referral, onSaved }: Props) {
  const { t } = useI18n();
  const f = useEditForm({
    schema: DpsDecisionDate,
    defaultValues: { decidedOn: todayIso() },
    toBody: (v) => v,
    save: (body) => dpsApi.refer(referral.id, body),
    onSaved,
  });
  return (
    <section className="card" aria-labelledby="dps-refer-h">
      <h2 id="dps-refer-h">{t('dps.refer')}</h2>
      <EditForm form={f} submitLabel={t('dps.referSubmit')}>
        {f.errors.documents ? <p className="error">{f.errors.documents}</p> : null}
        <TextField
          id={fieldId('decidedOn')}
          label={t('dps.decidedOn')}
          type="date"
          value={f.values.decidedOn}
          onValue={(x) => f.form.setValue('decidedOn', x)}
          error={f.errors.decidedOn}
          required
        />
      </EditForm>
    </section>
  );
}

/** The day the person entered the home; the file leaves the waiting list. */
export function AdmitForm({ referral, onSaved }: Props) {
  const { t } = useI18n();
  const f = useEditForm({
    schema: DpsAdmission,
    defaultValues: { admittedOn: todayIso() },
    toBody: (v) => v,
    save: (body) => dpsApi.admit(referral.id, body),
    onSaved,
  });
  return (
    <section className="card" aria-labelledby="dps-admit-h">
      <h2 id="dps-admit-h">{t('dps.admit')}</h2>
      <EditForm form={f} submitLabel={t('dps.admitSubmit')}>
        <TextField
          id={fieldId('admittedOn')}
          label={t('dps.admittedOn')}
          type="date"
          value={f.values.admittedOn}
          onValue={(x) => f.form.setValue('admittedOn', x)}
          error={f.errors.admittedOn}
          required
        />
      </EditForm>
    </section>
  );
}
