import {
  CLOSE_REASONS,
  type EventType,
  EXPERTS,
  type Proceeding,
  ProceedingEventInput,
} from '@ostoja/domain/alcohol-commission/proceeding';
import { alcoholCommissionApi } from '../../api/alcohol-commission.ts';
import { useI18n } from '../../app/i18n.tsx';
import {
  CheckboxField,
  DateField,
  fieldId,
  SelectField,
  TextAreaField,
  TextField,
} from '../../components/fields.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import type { UiKey } from '../../i18n/keys.ts';
import { todayIso } from '../../lib/format.ts';
import { parseZloty } from '../benefits/money.ts';
import { toBase64 } from '../portal/upload.ts';
import { useCommissionSaved } from './queries.ts';

// One form for every step of the proceeding: the type chosen among those allowed now shows its
// own fields; the body sent is the domain's union for that type.

const EMPTY = {
  on: todayIso(),
  addressee: 'person',
  addresseeName: '',
  appointmentOn: '',
  appointmentAt: '16:00',
  place: '',
  withWhom: 'person',
  flag: false,
  note: '',
  psychiatrist: '',
  psychologist: '',
  examinationOn: '',
  expert: 'psychiatrist',
  invoiceNumber: '',
  amount: '',
  fileName: '',
  fileData: '',
  court: '',
  signature: '',
  facility: '',
  attendance: 'attends',
  reason: 'treatmentCompleted',
};
type Values = typeof EMPTY & { type: string };
type Field = Exclude<keyof Values, 'type' | 'on' | 'flag' | 'fileName' | 'fileData'>;

/** Which fields each step shows (besides its date), and the label of its yes/no. */
const FIELDS: Record<EventType, { fields: Field[]; flag?: UiKey; file?: true }> = {
  invitation: { fields: ['addressee', 'addresseeName', 'appointmentOn', 'appointmentAt', 'place'] },
  interview: { fields: ['withWhom', 'note'], flag: 'ac.ev.appeared' },
  expertReferral: { fields: ['psychiatrist', 'psychologist', 'examinationOn'] },
  expertInvoice: { fields: ['expert', 'invoiceNumber', 'amount'] },
  expertOpinion: { fields: ['expert'], flag: 'ac.ev.dependent', file: true },
  courtPetition: { fields: ['court'] },
  courtOrder: { fields: ['signature', 'facility'], flag: 'ac.ev.obligated' },
  facilityReport: { fields: ['facility', 'attendance', 'note'] },
  close: { fields: ['reason', 'note'] },
};
/** The fields chosen from a list; each option has its `ac.ev.<field>.<option>` name. */
type Choice = 'addressee' | 'withWhom' | 'expert' | 'attendance' | 'reason';
const OPTIONS: Partial<Record<Field, readonly string[]>> & Record<Choice, readonly string[]> = {
  addressee: ['person', 'family'],
  withWhom: ['person', 'family'],
  expert: EXPERTS,
  attendance: ['attends', 'absent', 'completed', 'abandoned'],
  reason: CLOSE_REASONS,
};
const DATES: Field[] = ['appointmentOn', 'examinationOn'];

function toBody(v: Values): ProceedingEventInput {
  const note = v.note.trim() || null;
  const base = { on: v.on };
  switch (v.type as EventType) {
    case 'invitation':
      return {
        type: 'invitation',
        ...base,
        addressee: v.addressee as 'person',
        addresseeName: v.addresseeName,
        appointmentOn: v.appointmentOn,
        appointmentAt: v.appointmentAt,
        place: v.place,
      };
    case 'interview':
      return { type: 'interview', ...base, withWhom: v.withWhom as 'person', appeared: v.flag, note: v.note };
    case 'expertReferral':
      return {
        type: 'expertReferral',
        ...base,
        psychiatrist: v.psychiatrist,
        psychologist: v.psychologist,
        examinationOn: v.examinationOn,
      };
    case 'expertInvoice':
      return {
        type: 'expertInvoice',
        ...base,
        expert: v.expert as 'psychiatrist',
        invoiceNumber: v.invoiceNumber,
        amount: parseZloty(v.amount) ?? Number.NaN,
      };
    case 'expertOpinion':
      return {
        type: 'expertOpinion',
        ...base,
        expert: v.expert as 'psychiatrist',
        dependent: v.flag,
        ...(v.fileData ? { attachment: { fileName: v.fileName, dataBase64: v.fileData } } : {}),
      };
    case 'courtPetition':
      return { type: 'courtPetition', ...base, court: v.court };
    case 'courtOrder':
      return {
        type: 'courtOrder',
        ...base,
        signature: v.signature,
        obligated: v.flag,
        facility: v.facility || null,
      };
    case 'facilityReport':
      return {
        type: 'facilityReport',
        ...base,
        facility: v.facility,
        attendance: v.attendance as 'attends',
        note,
      };
    default:
      return { type: 'close', ...base, reason: v.reason as 'other', note };
  }
}

export function EventForm({ proceeding }: { proceeding: Proceeding }) {
  const { t, tk } = useI18n();
  const saved = useCommissionSaved();
  const first = proceeding.allowedEvents[0] ?? 'close';
  const f = useEditForm({
    schema: ProceedingEventInput,
    defaultValues: { ...EMPTY, type: first, addresseeName: proceeding.person.fullName } as Values,
    toBody,
    save: (body) => alcoholCommissionApi.addEvent(proceeding.id, body),
    onSaved: (p) => {
      saved.proceeding(p);
      f.reset({ ...EMPTY, type: p.allowedEvents[0] ?? 'close', addresseeName: p.person.fullName });
    },
  });
  const v = f.values;
  const spec = FIELDS[v.type as EventType] ?? FIELDS.close;
  async function pick(file: File | undefined) {
    f.form.setValue('fileName', file?.name ?? '');
    f.form.setValue('fileData', file ? toBase64(new Uint8Array(await file.arrayBuffer())) : '');
  }
  return (
    <EditForm form={f} submitLabel={t('ac.ev.submit')}>
      <SelectField
        {...f.bind('type')}
        label={t('ac.ev.type')}
        options={proceeding.allowedEvents.map((e) => ({ value: e, label: t(`ac.event.${e}`) }))}
      />
      <DateField {...f.bind('on')} label={t('ac.ev.on')} />
      {spec.fields.map((k) => {
        const options = OPTIONS[k];
        if (options)
          return (
            <SelectField
              key={k}
              {...f.bind(k)}
              label={t(`ac.ev.${k}`)}
              options={options.map((o) => ({ value: o, label: tk(`ac.ev.${k as Choice}`, o) }))}
            />
          );
        if (k === 'note')
          return (
            <TextAreaField
              key={k}
              id={fieldId(k)}
              label={t('ac.ev.note')}
              value={v.note}
              onValue={(x) => f.form.setValue('note', x)}
              error={f.errors.note}
            />
          );
        return (
          <TextField
            key={k}
            {...f.bind(k)}
            type={DATES.includes(k) ? 'date' : k === 'appointmentAt' ? 'time' : 'text'}
            label={t(`ac.ev.${k}`)}
          />
        );
      })}
      {spec.flag ? (
        <CheckboxField
          id="ev-flag"
          label={t(spec.flag)}
          checked={v.flag}
          onChecked={(on) => f.form.setValue('flag', on)}
        />
      ) : null}
      {spec.file ? (
        <div className={`field${f.errors['attachment.dataBase64'] ? ' has-error' : ''}`}>
          <label htmlFor={fieldId('attachment.dataBase64')}>{t('ac.ev.attachment')}</label>
          <input
            id={fieldId('attachment.dataBase64')}
            type="file"
            accept="application/pdf"
            onChange={(e) => void pick(e.target.files?.[0])}
          />
          {f.errors['attachment.dataBase64'] ? (
            <p className="error">{f.errors['attachment.dataBase64']}</p>
          ) : null}
        </div>
      ) : null}
    </EditForm>
  );
}
