import {
  CARE_TASKS,
  type CareService,
  CreateCareService,
  PROVIDERS,
} from '@ostoja/domain/services/care-service';
import { CARE_SERVICE_KINDS, EXEMPTION_GROUNDS } from '@ostoja/domain/services/fee-table';
import { servicesApi } from '../../api/services.ts';
import { useI18n } from '../../app/i18n.tsx';
import {
  CheckboxField,
  DateField,
  fieldId,
  GroupError,
  SelectField,
  TextField,
} from '../../components/fields.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { ListSelect } from '../../components/kit/list-select.tsx';
import { NoneSelect } from '../../components/kit/none-select.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { Section } from '../../components/page.tsx';
import { todayIso } from '../../lib/format.ts';
import { CandidateField, chosen } from './candidate-field.tsx';
import { useCareCandidates } from './queries.ts';

/** "1,5" or "1.5" as typed; NaN lets the schema refuse it. */
const hours = (s: string) => (s.trim() ? Number(s.replace(',', '.')) : Number.NaN);

const empty = () => ({
  candidate: '',
  serviceKind: 'careService',
  tasks: [] as string[],
  hoursPerDay: '',
  daysPerWeek: '5',
  periodFrom: todayIso(),
  periodTo: '',
  provider: 'own',
  providerName: '',
  ground: '',
  pct: '',
  decidedOn: todayIso(),
});

/** A care-service decision on an application with a home visit; the server computes the fee. */
export function DecideForm({ onSaved }: { onSaved(d: CareService): void }) {
  const { t } = useI18n();
  const candidates = useCareCandidates();
  const f = useEditForm({
    schema: CreateCareService,
    defaultValues: empty(),
    toBody: (v) => {
      return {
        ...chosen(candidates.data?.items, v.candidate),
        serviceKind: v.serviceKind as never,
        tasks: v.tasks as never,
        hoursPerDay: hours(v.hoursPerDay),
        daysPerWeek: Number(v.daysPerWeek),
        periodFrom: v.periodFrom,
        periodTo: v.periodTo,
        provider: v.provider as never,
        providerName: v.providerName || null,
        exemption: v.ground ? { ground: v.ground as never, pct: Number(v.pct) } : null,
        decidedOn: v.decidedOn,
      };
    },
    save: (body) => servicesApi.decide(body),
    reset: empty,
    onSaved: (d) => onSaved(d),
  });
  const v = f.values;
  const date = (name: 'periodFrom' | 'periodTo' | 'decidedOn') => (
    <DateField {...f.bind(name)} label={t(`cs.${name}`)} />
  );
  return (
    <Section card id="cs-decide" title={t('cs.decide')}>
      <EditForm form={f} submitLabel={t('cs.decideSubmit')}>
        <CandidateField prefix="cs" hint={t('cs.applicationHint')} candidates={candidates} form={f} />
        <SelectField
          {...f.bind('serviceKind')}
          label={t('cs.serviceKind')}
          options={CARE_SERVICE_KINDS.map((k) => ({ value: k, label: t(`cs.kind.${k}`) }))}
          required
        />
        <fieldset className="checkbox-group" aria-describedby={f.errors.tasks ? fieldId('tasks') : undefined}>
          <legend>{t('cs.tasks')}</legend>
          <GroupError id={fieldId('tasks')} error={f.errors.tasks} />
          {CARE_TASKS.map((task) => (
            <CheckboxField
              key={task}
              id={fieldId(`task-${task}`)}
              label={t(`cs.task.${task}`)}
              checked={v.tasks.includes(task)}
              onChecked={(on) =>
                f.form.setValue('tasks', on ? [...v.tasks, task] : v.tasks.filter((x) => x !== task))
              }
            />
          ))}
        </fieldset>
        <TextField
          {...f.bind('hoursPerDay')}
          label={t('cs.hoursPerDay')}
          hint={t('cs.hoursHint')}
          inputMode="decimal"
          required
        />
        <SelectField
          {...f.bind('daysPerWeek')}
          label={t('cs.daysPerWeek')}
          options={[1, 2, 3, 4, 5, 6, 7].map((d) => ({ value: String(d), label: String(d) }))}
          required
        />
        {date('periodFrom')}
        {date('periodTo')}
        <ListSelect
          {...f.bind('provider')}
          label={t('cs.provider')}
          values={PROVIDERS}
          prefix="cs.provider"
          required
        />
        {v.provider === 'contracted' ? (
          <TextField {...f.bind('providerName')} label={t('cs.providerName')} required />
        ) : null}
        <NoneSelect
          {...f.bind('ground', 'exemption.ground')}
          label={t('cs.exemptionGround')}
          none={t('cs.noExemption')}
          options={EXEMPTION_GROUNDS.map((g) => ({ value: g, label: t(`services.exemptionGround.${g}`) }))}
        />
        {v.ground ? (
          <TextField
            {...f.bind('pct', 'exemption.pct')}
            label={t('cs.exemptionPct')}
            inputMode="numeric"
            required
          />
        ) : null}
        {date('decidedOn')}
      </EditForm>
    </Section>
  );
}
