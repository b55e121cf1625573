import './benefits.css';
import type { ApplicationDetail } from '@ostoja/domain/applications/responses';
import { WywiadInput } from '@ostoja/domain/applications/wywiad';
import { type IncomeKind, referenceMonth } from '@ostoja/domain/benefits/income';
import { useEffect, useState } from 'react';
import { useI18n } from '../../app/i18n.tsx';
import { CheckboxField, DateField, fieldId, MoneyField, TextAreaField } from '../../components/fields.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { fullName, todayIso } from '../../lib/format.ts';
import { orNull } from '../../lib/forms.ts';
import { checked } from './checked.ts';
import { MemberIncome, type MemberIncomeValues, newSource } from './income-editor.tsx';
import { zloty, zlotyInput } from './money.ts';
import { ApplicationStepPage } from './step-page.tsx';
import { useBackToApplication, useStep } from './use-step.ts';

const PARTS = ['health', 'housing', 'needs', 'conclusions', 'helpPlan'] as const;
type Part = (typeof PARTS)[number];

/** The household's members, each with the sources of a previous visit when there was one. */
function initialMembers(app: ApplicationDetail): MemberIncomeValues[] {
  const before = app.wywiady[0];
  return app.members.map((m) => {
    const old = before?.members.find((x) => x.personId === m.id);
    return {
      personId: m.id,
      name: fullName(m),
      alimonyPaid: old?.alimonyPaid ? zlotyInput(old.alimonyPaid) : '',
      sources: (old?.sources ?? []).map((s) =>
        newSource(s.month, {
          kind: s.kind,
          gross: zlotyInput(s.gross),
          tax: s.tax ? zlotyInput(s.tax) : '',
          contributions: s.contributions ? zlotyInput(s.contributions) : '',
          oneOff: s.oneOff ?? false,
          dueFrom: s.dueFrom ?? '',
          dueTo: s.dueTo ?? '',
        }),
      ),
    };
  });
}

export interface Values extends Record<Part, string> {
  visitedOn: string;
  incomeLost: boolean;
  hectares: string;
  members: MemberIncomeValues[];
}

/** Hectares as typed ("2,5"): a number, 0 when empty, NaN (refused at the field) otherwise. */
const hectaresOf = (typed: string) =>
  typed.trim() === ''
    ? 0
    : /^\d+([.,]\d{1,4})?$/.test(typed.trim())
      ? Number(typed.trim().replace(',', '.'))
      : Number.NaN;

export function wywiadBody(v: Values): WywiadInput {
  return {
    visitedOn: v.visitedOn,
    incomeLost: v.incomeLost,
    health: orNull(v.health),
    housing: orNull(v.housing),
    needs: orNull(v.needs),
    conclusions: v.conclusions,
    helpPlan: orNull(v.helpPlan),
    farmHectares: hectaresOf(v.hectares),
    members: v.members.map((m) => ({
      personId: m.personId,
      alimonyPaid: zloty(m.alimonyPaid, 0),
      sources: m.sources.map((s) => ({
        kind: s.kind as IncomeKind,
        month: s.month,
        gross: zloty(s.gross, undefined) as number,
        tax: zloty(s.tax, 0),
        contributions: zloty(s.contributions, 0),
        oneOff: s.oneOff || undefined,
        dueFrom: s.dueFrom || undefined,
        dueTo: s.dueTo || undefined,
      })),
    })),
  };
}

export const WYWIAD = checked(WywiadInput, (path) =>
  path === 'farmHectares' ? 'wywiadForm.hectaresInvalid' : 'benefitsForm.moneyInvalid',
);

function WywiadForm({ app }: { app: ApplicationDetail }) {
  const { t, date } = useI18n();
  const before = app.wywiady[0];
  const f = useStep(
    { app, onDone: useBackToApplication('notice.recordWywiad') },
    {
      step: 'wywiad',
      schema: WYWIAD,
      defaultValues: {
        visitedOn: todayIso(),
        incomeLost: before?.incomeLost ?? false,
        health: before?.health ?? '',
        housing: before?.housing ?? '',
        needs: before?.needs ?? '',
        conclusions: before?.conclusions ?? '',
        helpPlan: before?.helpPlan ?? '',
        hectares: before?.farmHectares ? String(before.farmHectares) : '',
        members: initialMembers(app),
      } as Values,
      toBody: wywiadBody,
    },
  );
  const { members } = f.values;
  const month = referenceMonth(app.submittedOn, f.values.incomeLost);

  // Art. 8 ust. 3/11: the reference month follows "income lost"; sources still on the old month move with it.
  const [shownMonth, setShownMonth] = useState(month);
  useEffect(() => {
    if (month === shownMonth) return;
    const ms = f.form.getValues('members');
    f.form.setValue(
      'members',
      ms.map((m) => ({
        ...m,
        sources: m.sources.map((s) => (s.month === shownMonth ? { ...s, month } : s)),
      })),
    );
    setShownMonth(month);
  }, [month, shownMonth, f.form]);

  return (
    <EditForm form={f} submitLabel={t('wywiadForm.submit')}>
      <fieldset className="group">
        <legend>{t('wywiadForm.visit')}</legend>
        <div className="field-row">
          <DateField label={t('wywiadForm.visitedOn')} {...f.bind('visitedOn')} />
          <MoneyField
            label={t('wywiadForm.farmHectares')}
            hint={t('wywiadForm.farmHectaresHint')}
            className="money"
            {...f.bind('hectares', 'farmHectares')}
            required={false}
          />
        </div>
        {PARTS.map((p) => (
          <TextAreaField
            key={p}
            label={t(`wywiad.${p}`)}
            required={p === 'conclusions'}
            rows={p === 'conclusions' || p === 'helpPlan' ? 4 : 3}
            {...f.bind(p)}
          />
        ))}
      </fieldset>
      <fieldset className="group" id={fieldId('members')} tabIndex={-1}>
        <legend>{t('wywiad.incomeTitle')}</legend>
        <p className="hint">{t('wywiadForm.referenceMonth', { month, date: date(app.submittedOn) })}</p>
        <CheckboxField
          label={t('wywiadForm.incomeLost')}
          hint={t('wywiadForm.incomeLostHint')}
          {...f.tick('incomeLost')}
        />
        {members.map((m, i) => (
          <MemberIncome
            key={m.personId}
            index={i}
            member={m}
            defaultMonth={month}
            errors={f.errors}
            onChange={(next) => f.set('members')(members.map((old, k) => (k === i ? next : old)))}
          />
        ))}
      </fieldset>
    </EditForm>
  );
}

/** Recording the home visit (rodzinny wywiad środowiskowy) with the income of the reference month. */
export function WywiadPage() {
  return (
    <ApplicationStepPage texts="wywiadForm" allowed={(app) => app.allowedActions.includes('recordWywiad')}>
      {(app) => <WywiadForm app={app} />}
    </ApplicationStepPage>
  );
}
