import type { FamilyBenefitsCalculatorAnswer } from '@ostoja/domain/family-benefits/application';
import { FamilyBenefitsCalculatorRequest } from '@ostoja/domain/family-benefits/calculator';
import { addMonthsToDate } from '@ostoja/domain/family-benefits/dates';
import { type CardChild, familyQualifies } from '@ostoja/domain/family-benefits/large-family-card';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { z } from 'zod';
import { portalApi } from '../../api/portal.ts';
import { useI18n } from '../../app/i18n.tsx';
import { CheckboxField, SelectField, TextField } from '../../components/fields.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { RowFieldsets } from '../../components/kit/row-fieldsets.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { Page } from '../../components/page.tsx';
import type { UiKey } from '../../i18n/keys.ts';
import { todayIso } from '../../lib/format.ts';
import { AmountField } from './check-fields.tsx';
import { Explanation } from './explanation.tsx';
import { parseZloty } from './money.ts';

type Role = 'parent' | 'child' | 'other';
interface Member {
  role: Role;
  birthDate: string;
  inSchool: boolean;
  disabilityCertificate: boolean;
}
interface Values {
  income: string;
  singleParent: boolean;
  members: Member[];
}
type Answer = z.output<typeof FamilyBenefitsCalculatorAnswer>;

const CHILD: Member = { role: 'child', birthDate: '', inSchool: false, disabilityCertificate: false };
const EMPTY: Values = {
  income: '',
  singleParent: false,
  members: [{ ...CHILD, role: 'parent' }, CHILD],
};

function toBody(v: Values): z.input<typeof FamilyBenefitsCalculatorRequest> {
  return {
    // The month asked is this one: its okres zasiłkowy and the amounts in force.
    periodStart: `${todayIso().slice(0, 7)}-01`,
    familyMonthlyIncome: parseZloty(v.income) ?? -1,
    singleParent: v.singleParent,
    members: v.members.map(({ role, birthDate, inSchool, disabilityCertificate }) => ({
      role,
      birthDate,
      inSchool,
      disabilityCertificate,
    })),
  };
}

/** The Karta Dużej Rodziny for the family typed, by the domain's own rule (no income criterion, nothing sent). */
function kdrAnswer(members: Member[]): UiKey {
  const children = members.filter((m) => m.role === 'child');
  const asCard = children.map(
    (m): CardChild => ({
      birthDate: m.birthDate,
      // Schooling is asked as yes/no: counted to the end of the 25th year's limit.
      schoolUntil: m.inSchool ? '9999-12-31' : null,
      disability: m.disabilityCertificate ? { until: null } : null,
    }),
  );
  if (familyQualifies(asCard, todayIso())) return 'familyCheck.kdrYes';
  return children.length >= 3 ? 'familyCheck.kdrParents' : 'familyCheck.kdrNo';
}

/** What each application needs, from the family typed (the centre's catalogue has the full list). */
function attachments(v: Values) {
  const eighteen = addMonthsToDate(todayIso(), -18 * 12);
  const adult = (m: Member) => m.role === 'child' && m.birthDate !== '' && m.birthDate <= eighteen;
  const benefits: UiKey[] = ['fb.attachment.taxOfficeCertificate'];
  if (v.members.some((m) => m.role === 'child' && m.inSchool))
    benefits.push('fb.attachment.schoolCertificate');
  if (v.members.some((m) => m.disabilityCertificate)) benefits.push('fb.attachment.disabilityCertificate');
  if (v.singleParent) benefits.push('fb.attachment.courtAlimonyRuling');
  const kdr: UiKey[] = ['familyCheck.kdrDoc.identity'];
  if (v.members.some((m) => adult(m) && m.inSchool)) kdr.push('familyCheck.kdrDoc.school');
  if (v.members.some((m) => adult(m) && m.disabilityCertificate)) kdr.push('familyCheck.kdrDoc.disability');
  return { benefits, kdr };
}

/** "Czy mogę dostać?" for family benefits and the Karta Dużej Rodziny, on the public calculator. */
export function FamilySelfCheckPage() {
  const { t, tk, money } = useI18n();
  const [answer, setAnswer] = useState<{ a: Answer; v: Values } | null>(null);
  const f = useEditForm({
    schema: FamilyBenefitsCalculatorRequest,
    defaultValues: EMPTY,
    toBody,
    save: portalApi.familySelfCheck,
    onSaved: (a) => setAnswer({ a, v: f.form.getValues() }),
  });
  const docs = answer ? attachments(answer.v) : null;
  return (
    <Page title={t('familyCheck.title')} lead={t('familyCheck.lead')}>
      <p className="hint">{t('selfCheck.privacy')}</p>
      <EditForm form={f} submitLabel={t('familyCheck.check')} requiredNote={false}>
        <AmountField
          label={t('familyCheck.income')}
          hint={t('familyCheck.incomeHint')}
          {...f.bind('income', 'familyMonthlyIncome')}
        />
        <CheckboxField label={t('familyCheck.singleParent')} {...f.tick('singleParent')} />
        <RowFieldsets
          rows={f.values.members}
          onRows={f.set('members')}
          blank={CHILD}
          legend={(n) => t('familyCheck.person', { n })}
          removeLabel={(n) => t('familyCheck.remove', { n })}
          addLabel={t('familyCheck.add')}
        >
          {(_, i) => (
            <>
              <SelectField
                label={t('familyCheck.role')}
                {...f.bind(`members.${i}.role`)}
                options={(['parent', 'child', 'other'] as const).map((r) => ({
                  value: r,
                  label: tk('familyCheck.role', r),
                }))}
              />
              <TextField
                label={t('familyCheck.birthDate')}
                type="date"
                {...f.bind(`members.${i}.birthDate`)}
                required
              />
              <CheckboxField label={t('familyCheck.inSchool')} {...f.tick(`members.${i}.inSchool`)} />
              <CheckboxField
                label={t('familyCheck.disability')}
                {...f.tick(`members.${i}.disabilityCertificate`)}
              />
            </>
          )}
        </RowFieldsets>
      </EditForm>
      {answer && docs ? (
        <section aria-labelledby="family-check-answer">
          <h2 id="family-check-answer">{t('familyCheck.benefitsTitle')}</h2>
          <div className={`answer ${answer.a.eligible ? 'yes' : 'no'}`}>
            <p className="answer-title">
              {answer.a.eligible
                ? t('familyCheck.yes', { amount: money(answer.a.monthlyAmount) })
                : t('familyCheck.no')}
            </p>
            {answer.a.eligible && answer.a.oneOffAmount > 0 ? (
              <p>{t('familyCheck.oneOff', { amount: money(answer.a.oneOffAmount) })}</p>
            ) : null}
            <p className="hint">{t('familyCheck.estimate')}</p>
          </div>
          <Explanation steps={answer.a.explanation} />
          <p>{t('familyCheck.bringBenefits')}</p>
          <ul>
            {docs.benefits.map((k) => (
              <li key={k}>{t(k)}</li>
            ))}
          </ul>
          <h2>{t('familyCheck.kdrTitle')}</h2>
          <p>{t(kdrAnswer(answer.v.members))}</p>
          <p>{t('familyCheck.bringKdr')}</p>
          <ul>
            {docs.kdr.map((k) => (
              <li key={k}>{t(k)}</li>
            ))}
          </ul>
          <p>
            <Link className="button secondary" to="/portal/large-family-card">
              {t('kdrApply.link')}
            </Link>
          </p>
        </section>
      ) : null}
    </Page>
  );
}
