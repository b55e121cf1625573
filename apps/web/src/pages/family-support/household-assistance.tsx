import {
  ASSISTANCE_BASES,
  type FamilyAssistanceSummary,
  ReferFamily,
} from '@ostoja/domain/family-support/assistance';
import { Link } from 'react-router-dom';
import { assistanceApi } from '../../api/family-support.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { DateField, SelectField, TextAreaField, TextField } from '../../components/fields.tsx';
import { DetailsForm } from '../../components/kit/details-form.tsx';
import { LinkList } from '../../components/kit/link-list.tsx';
import { StatusBadge } from '../../components/kit/status-badge.tsx';
import { useCursorQuery } from '../../components/kit/use-cursor-query.ts';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { Section } from '../../components/page.tsx';
import { todayIso } from '../../lib/format.ts';
import { familySupportKeys, useFamilySupportSaved } from './queries.ts';

/** The worker's referral of the family to an assistant, after a home visit (or on a court's order). */
function ReferForm({ householdId }: { householdId: string }) {
  const { t } = useI18n();
  const saved = useFamilySupportSaved();
  const empty = { referredOn: todayIso(), reason: '', basis: 'head', courtOrder: '' };
  const f = useEditForm({
    schema: ReferFamily,
    defaultValues: empty,
    toBody: (v) => ({
      householdId,
      referredOn: v.referredOn,
      reason: v.reason,
      basis: v.basis as (typeof ASSISTANCE_BASES)[number],
      courtOrder: v.basis === 'court' ? v.courtOrder : null,
    }),
    save: (body) => assistanceApi.refer(body),
    reset: true,
    onSaved: (a) => saved.assistance(a),
  });
  return (
    <DetailsForm summary={t('fa.refer')} form={f} submitLabel={t('fa.refer.submit')}>
      <DateField label={t('fa.referredOn')} {...f.bind('referredOn')} />
      <SelectField
        label={t('fa.basis')}
        {...f.bind('basis')}
        options={ASSISTANCE_BASES.map((b) => ({ value: b, label: t(`fa.basis.${b}`) }))}
      />
      {f.values.basis === 'court' ? (
        <TextField label={t('fa.refer.courtOrder')} {...f.bind('courtOrder')} required />
      ) : null}
      <TextAreaField label={t('fa.reason')} {...f.bind('reason')} required />
    </DetailsForm>
  );
}

/** On the person page: the household's work with a family assistant, and the referral to one. */
export function PersonFamilyAssistance({ p }: { p: { householdId?: string | null | undefined } }) {
  const { t, date } = useI18n();
  const { can } = useAuth();
  const householdId = p.householdId ?? '';
  const allowed = can('familySupport.read') && !!householdId;
  const list = useCursorQuery<FamilyAssistanceSummary>(
    familySupportKeys.ofHousehold(householdId),
    (after, signal) => assistanceApi.list({ householdId, after }, signal),
    allowed,
  );
  if (!allowed) return null;
  const open = list.items.some((a) => a.status !== 'ended');
  return (
    <Section id="person-assistance" title={t('fa.person.title')}>
      <LinkList
        list={list}
        empty={t('fa.person.none')}
        item={(a) => (
          <>
            <Link to={`/family-assistance/${a.id}`}>{t('fa.person.link', { date: date(a.referredOn) })}</Link>{' '}
            <StatusBadge tone={a.status === 'active' ? 'ok' : a.status === 'ended' ? 'off' : 'neutral'}>
              {t(`fa.status.${a.status}`)}
            </StatusBadge>
            {a.assistantName ? ` — ${a.assistantName}` : ''}
          </>
        )}
      />
      {can('familySupport.refer') && list.loaded && !open ? <ReferForm householdId={householdId} /> : null}
    </Section>
  );
}
