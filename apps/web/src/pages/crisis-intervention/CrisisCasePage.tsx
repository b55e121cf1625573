import {
  AddCrisisContact,
  AddCrisisPlanItem,
  AddCrisisStay,
  CloseCrisisCase,
  CONTACT_FORMS,
  CRISIS_OUTCOMES,
  type CrisisCase,
  type CrisisContact,
  type CrisisPlanItem,
  type CrisisStay,
} from '@ostoja/domain/crisis-intervention/crisis-case';
import type { FieldValues } from 'react-hook-form';
import { Link } from 'react-router-dom';
import type { z } from 'zod';
import { crisisApi } from '../../api/crisis-intervention.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { CountField, DateField, SelectField, TextAreaField, TextField } from '../../components/fields.tsx';
import { dateColumn, textColumn } from '../../components/kit/columns.ts';
import { Facts } from '../../components/kit/details.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { FormCard } from '../../components/kit/form-card.tsx';
import { NoneSelect } from '../../components/kit/none-select.tsx';
import { Pending } from '../../components/kit/pending.tsx';
import { useRouteId } from '../../components/kit/route-id.ts';
import { RowsSection } from '../../components/kit/rows-section.tsx';
import { bodyOf, type ToBody, useEditForm } from '../../components/kit/use-edit-form.ts';
import { Page } from '../../components/page.tsx';
import { listName, todayIso } from '../../lib/format.ts';
import { useCrisisCase, useCrisisPlaces, useCrisisSaved } from './queries.ts';

const count = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

/** The form that adds one row to a case's list: it starts afresh after each save, and the case is refreshed. */
function useAddRow<V extends FieldValues, S extends z.ZodType>(
  o: {
    schema: S;
    empty(): V;
    save(body: z.input<S>): Promise<CrisisCase>;
    idPrefix: string;
  } & ToBody<V, z.input<S>>,
) {
  const saved = useCrisisSaved();
  return useEditForm({
    schema: o.schema,
    defaultValues: o.empty(),
    toBody: (v) => bodyOf(o, v),
    save: o.save,
    reset: o.empty,
    onSaved: (r) => saved(r),
    idPrefix: o.idPrefix,
  });
}

function Contacts({ c, editable }: { c: CrisisCase; editable: boolean }) {
  const { t, date } = useI18n();
  const f = useAddRow({
    schema: AddCrisisContact,
    empty: () => ({ contactOn: todayIso(), form: 'inPerson', minutes: '', note: '' }),
    toBody: (v) => ({
      contactOn: v.contactOn,
      form: v.form as (typeof CONTACT_FORMS)[number],
      minutes: count(v.minutes),
      note: v.note,
    }),
    save: (body) => crisisApi.contact(c.id, body),
    idPrefix: 'contact-',
  });
  return (
    <RowsSection<CrisisContact>
      id="ci-contacts"
      title={t('ci.contacts')}
      rows={c.contacts}
      empty={t('ci.contactsNone')}
      columns={[
        dateColumn('contactOn', t('ci.contactOn'), date),
        { key: 'form', header: t('ci.form'), cell: (k) => t(`ci.form.${k.form}`) },
        { key: 'minutes', header: t('ci.minutes'), cell: (k) => k.minutes, alignEnd: true },
        { key: 'note', header: t('ci.note'), cell: (k) => k.note },
        textColumn('authorName', t('ci.author'), 'author'),
      ]}
    >
      {editable ? (
        <EditForm form={f} submitLabel={t('ci.addContact')}>
          <div className="field-row">
            <DateField label={t('ci.contactOn')} {...f.bind('contactOn')} />
            <SelectField
              label={t('ci.form')}
              options={CONTACT_FORMS.map((x) => ({ value: x, label: t(`ci.form.${x}`) }))}
              {...f.bind('form')}
              required
            />
            <CountField label={t('ci.minutes')} {...f.bind('minutes')} required />
          </div>
          <TextAreaField label={t('ci.note')} {...f.bind('note')} required />
        </EditForm>
      ) : null}
    </RowsSection>
  );
}

function Plan({ c, editable }: { c: CrisisCase; editable: boolean }) {
  const { t, date } = useI18n();
  const f = useAddRow({
    schema: AddCrisisPlanItem,
    empty: () => ({ goal: '', action: '', who: '', byWhen: '' }),
    save: (body) => crisisApi.plan(c.id, body),
    idPrefix: 'plan-',
  });
  return (
    <RowsSection<CrisisPlanItem>
      id="ci-plan"
      title={t('ci.plan')}
      rows={c.plan}
      empty={t('ci.planNone')}
      columns={[
        { key: 'goal', header: t('ci.goal'), cell: (p) => p.goal },
        { key: 'action', header: t('ci.action'), cell: (p) => p.action },
        textColumn('who', t('ci.who')),
        dateColumn('byWhen', t('ci.byWhen'), date),
      ]}
    >
      {editable ? (
        <EditForm form={f} submitLabel={t('ci.addPlan')}>
          <div className="field-row">
            <TextField label={t('ci.goal')} {...f.bind('goal')} required />
            <TextField label={t('ci.action')} {...f.bind('action')} required />
          </div>
          <div className="field-row">
            <TextField label={t('ci.who')} {...f.bind('who')} required />
            <DateField label={t('ci.byWhen')} {...f.bind('byWhen')} />
          </div>
        </EditForm>
      ) : null}
    </RowsSection>
  );
}

function Stays({ c, editable }: { c: CrisisCase; editable: boolean }) {
  const { t, date } = useI18n();
  const places = useCrisisPlaces();
  const f = useAddRow({
    schema: AddCrisisStay,
    empty: () => ({ facilityId: '', from: todayIso(), to: '' }),
    save: (body) => crisisApi.stay(c.id, body),
    idPrefix: 'stay-',
  });
  return (
    <RowsSection<CrisisStay>
      id="ci-stays"
      title={t('ci.stays')}
      rows={c.stays}
      empty={t('ci.staysNone')}
      columns={[
        { key: 'place', header: t('ci.place'), cell: (s) => s.facilityName },
        dateColumn('from', t('ci.from'), date),
        dateColumn('to', t('ci.to'), date),
        { key: 'days', header: t('ci.days'), cell: (s) => s.days, alignEnd: true },
      ]}
    >
      {c.stayLimitTo ? <p>{t('ci.stayLimit', { date: date(c.stayLimitTo) })}</p> : null}
      {editable ? (
        <EditForm form={f} submitLabel={t('ci.addStay')}>
          <NoneSelect
            label={t('ci.place')}
            hint={t('ci.stayHint')}
            none={t('ci.choose')}
            options={(places.data?.items ?? []).map((p) => ({
              value: p.id,
              label: t('ci.placeOption', { name: p.name, taken: p.occupiedToday, places: p.capacity }),
            }))}
            {...f.bind('facilityId')}
            required
          />
          <div className="field-row">
            <DateField label={t('ci.from')} {...f.bind('from')} />
            <DateField label={t('ci.to')} {...f.bind('to')} />
          </div>
        </EditForm>
      ) : null}
    </RowsSection>
  );
}

function Close({ c }: { c: CrisisCase }) {
  const { t } = useI18n();
  const saved = useCrisisSaved();
  const f = useEditForm({
    schema: CloseCrisisCase,
    defaultValues: { closedOn: todayIso(), outcome: '', outcomeNote: '' },
    toBody: (v) => ({ ...v, outcome: v.outcome as (typeof CRISIS_OUTCOMES)[number] }),
    save: (body) => crisisApi.close(c.id, body),
    onSaved: (r) => saved(r),
    idPrefix: 'close-',
  });
  return (
    <FormCard headingId="ci-close-h" title={t('ci.close')} form={f} submitLabel={t('ci.closeSubmit')}>
      <div className="field-row">
        <DateField label={t('ci.closedOn')} {...f.bind('closedOn')} />
        <NoneSelect
          label={t('ci.outcome')}
          none={t('ci.choose')}
          options={CRISIS_OUTCOMES.map((o) => ({ value: o, label: t(`ci.outcome.${o}`) }))}
          {...f.bind('outcome')}
          required
        />
      </div>
      <TextAreaField label={t('ci.outcomeNote')} {...f.bind('outcomeNote')} />
    </FormCard>
  );
}

/** A crisis intervention case: who and what, the contacts, the plan, the hostel stays, the closing. */
export function CrisisCasePage() {
  const { t, date } = useI18n();
  const { can } = useAuth();
  const found = useCrisisCase(useRouteId());
  if (found.error || !found.data) return <Pending query={found} />;
  const c = found.data;
  const editable = can('crisisIntervention.manage') && !c.closedOn;
  return (
    <Page title={t('ci.itemTitle', { name: listName(c) })} lead={t('ci.lead')}>
      <Facts
        items={[
          [
            t('ci.person'),
            <Link key="person" to={`/persons/${c.personId}`}>
              {listName(c)}
            </Link>,
          ],
          [
            t('ci.household'),
            c.householdId ? (
              <Link key="household" to={`/households/${c.householdId}`}>
                {t('ci.household.persons', { count: c.householdSize })}
              </Link>
            ) : (
              t('ci.household.alone')
            ),
          ],
          [t('ci.openedOn'), date(c.openedOn)],
          [t('ci.source'), t(`ci.source.${c.source}`)],
          [t('ci.kind'), t(`ci.kind.${c.kind}`)],
          [t('ci.lead.name'), c.lead.fullName],
          [t('ci.summary'), c.summary],
          [
            t('ci.state'),
            <>
              {c.closedOn && c.outcome
                ? t('ci.closedNote', { date: date(c.closedOn), outcome: t(`ci.outcome.${c.outcome}`) })
                : t('ci.state.open')}
              {c.outcomeNote ? ` ${c.outcomeNote}` : ''}
            </>,
          ],
        ]}
      />
      <Contacts c={c} editable={editable} />
      <Plan c={c} editable={editable} />
      <Stays c={c} editable={editable} />
      {editable ? <Close c={c} /> : null}
    </Page>
  );
}
