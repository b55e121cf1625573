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

/** Which fields each step shows (besides its date), and the body's name of its yes/no (`ac.ev.<flag>` its label). */
const FIELDS: Record<
  EventType,
  { fields: Field[]; flag?: 'appeared' | 'dependent' | 'obligated'; file?: true }
> = {
  invitation: { fields: ['addressee', 'addresseeName', 'appointmentOn', 'appointmentAt', 'place'] },
  interview: { fields: ['withWhom', 'note'], flag: 'appeared' },
  expertReferral: { fields: ['psychiatrist', 'psychologist', 'examinationOn'] },
  expertInvoice: { fields: ['expert', 'invoiceNumber', 'amount'] },
  expertOpinion: { fields: ['expert'], flag: 'dependent', file: true },
  courtPetition: { fields: ['court'] },
  courtOrder: { fields: ['signature', 'facility'], flag: 'obligated' },
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

/**
 * The body of the chosen step: its own fields as typed (the schema trims them and makes an empty
 * optional one null), the amount in grosze, the yes/no under its name and the opinion's file.
 */
function toBody(v: Values): ProceedingEventInput {
  const type = v.type in FIELDS ? (v.type as EventType) : 'close';
  const spec = FIELDS[type];
  const body: Record<string, unknown> = { type, on: v.on };
  for (const k of spec.fields) body[k] = k === 'amount' ? (parseZloty(v.amount) ?? Number.NaN) : v[k];
  if (spec.flag) body[spec.flag] = v.flag;
  if (spec.file && v.fileData) body.attachment = { fileName: v.fileName, dataBase64: v.fileData };
  return body as ProceedingEventInput;
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
          label={t(`ac.ev.${spec.flag}`)}
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
