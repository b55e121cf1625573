import './benefits.css';
import { WywiadInput } from '@ostoja/domain/applications/wywiad';
import { referenceMonth } from '@ostoja/domain/benefits/income';
import { type FormEvent, useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { useI18n } from '../../app/i18n.tsx';
import { ErrorSummary, LoadError, Loading } from '../../components/feedback.tsx';
import { CheckboxField, fieldId, TextField } from '../../components/fields.tsx';
import { Page } from '../../components/page.tsx';
import { fullName, todayIso } from '../../lib/format.ts';
import { orNull, validate } from '../../lib/forms.ts';
import { useApi } from '../../lib/use-api.ts';
import { useSubmit } from '../../lib/use-submit.ts';
import { MemberIncome, type MemberIncomeValues, newSource } from './income-editor.tsx';
import { moneyReader, zlotyInput } from './money.ts';
import { TextAreaField } from './text-area.tsx';
import type { ApplicationDetail } from './types.ts';

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

function WywiadForm({ app }: { app: ApplicationDetail }) {
  const { t, locale, date } = useI18n();
  const navigate = useNavigate();
  const before = app.wywiady[0];
  const [visitedOn, setVisitedOn] = useState(todayIso());
  const [incomeLost, setIncomeLost] = useState(before?.incomeLost ?? false);
  const [parts, setParts] = useState<Record<Part, string>>(() => ({
    health: before?.health ?? '',
    housing: before?.housing ?? '',
    needs: before?.needs ?? '',
    conclusions: before?.conclusions ?? '',
    helpPlan: before?.helpPlan ?? '',
  }));
  const [hectares, setHectares] = useState(before?.farmHectares ? String(before.farmHectares) : '');
  const [members, setMembers] = useState(() => initialMembers(app));
  const { state, run, invalid } = useSubmit();
  const month = referenceMonth(app.submittedOn, incomeLost);

  // Art. 8 ust. 3/11: the reference month follows "income lost"; sources still on the old month move with it.
  const [shownMonth, setShownMonth] = useState(month);
  useEffect(() => {
    if (month === shownMonth) return;
    setMembers((ms) =>
      ms.map((m) => ({
        ...m,
        sources: m.sources.map((s) => (s.month === shownMonth ? { ...s, month } : s)),
      })),
    );
    setShownMonth(month);
  }, [month, shownMonth]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const money = moneyReader(t('benefitsForm.moneyInvalid'));
    const extra: Record<string, string> = {};
    const ha = hectares.trim() === '' ? 0 : Number(hectares.trim().replace(',', '.'));
    if (Number.isNaN(ha) || !/^\d+([.,]\d{1,4})?$/.test(hectares.trim() || '0'))
      extra.farmHectares = t('wywiadForm.hectaresInvalid');
    const body = {
      visitedOn,
      incomeLost,
      health: orNull(parts.health),
      housing: orNull(parts.housing),
      needs: orNull(parts.needs),
      conclusions: parts.conclusions,
      helpPlan: orNull(parts.helpPlan),
      farmHectares: Number.isNaN(ha) ? 0 : ha,
      members: members.map((m, i) => ({
        personId: m.personId,
        alimonyPaid: money.read(`members.${i}.alimonyPaid`, m.alimonyPaid, 0),
        sources: m.sources.map((s, j) => ({
          kind: s.kind,
          month: s.month,
          gross: money.read(`members.${i}.sources.${j}.gross`, s.gross, undefined),
          tax: money.read(`members.${i}.sources.${j}.tax`, s.tax, 0),
          contributions: money.read(`members.${i}.sources.${j}.contributions`, s.contributions, 0),
          oneOff: s.oneOff || undefined,
          dueFrom: s.dueFrom || undefined,
          dueTo: s.dueTo || undefined,
        })),
      })),
    };
    const v = validate(WywiadInput, body, locale);
    if (!v.ok || Object.keys(money.errors).length || Object.keys(extra).length)
      return invalid({ ...(v.ok ? {} : v.errors), ...money.errors, ...extra });
    await run(async () => {
      await api.post<ApplicationDetail>(`/api/v1/applications/${app.id}/wywiad`, v.data);
      navigate(`/applications/${app.id}`, { state: { notice: 'notice.recordWywiad' } });
    });
  }

  return (
    <>
      <ErrorSummary errors={state.errors} message={state.message} version={state.attempt} />
      <form onSubmit={submit} noValidate className="form">
        <p className="hint">{t('form.requiredNote')}</p>
        <fieldset className="group">
          <legend>{t('wywiadForm.visit')}</legend>
          <div className="field-row">
            <TextField
              id={fieldId('visitedOn')}
              label={t('wywiadForm.visitedOn')}
              type="date"
              required
              className="w-short"
              value={visitedOn}
              onValue={setVisitedOn}
              error={state.errors.visitedOn}
            />
            <TextField
              id={fieldId('farmHectares')}
              label={t('wywiadForm.farmHectares')}
              hint={t('wywiadForm.farmHectaresHint')}
              inputMode="decimal"
              className="money"
              value={hectares}
              onValue={setHectares}
              error={state.errors.farmHectares}
            />
          </div>
          {PARTS.map((p) => (
            <TextAreaField
              key={p}
              id={fieldId(p)}
              label={t(`wywiad.${p}`)}
              required={p === 'conclusions'}
              rows={p === 'conclusions' || p === 'helpPlan' ? 4 : 3}
              value={parts[p]}
              onValue={(v) => setParts({ ...parts, [p]: v })}
              error={state.errors[p]}
            />
          ))}
        </fieldset>
        <fieldset className="group" id={fieldId('members')} tabIndex={-1}>
          <legend>{t('wywiad.incomeTitle')}</legend>
          <p className="hint">{t('wywiadForm.referenceMonth', { month, date: date(app.submittedOn) })}</p>
          <CheckboxField
            id={fieldId('incomeLost')}
            label={t('wywiadForm.incomeLost')}
            hint={t('wywiadForm.incomeLostHint')}
            checked={incomeLost}
            onChecked={setIncomeLost}
          />
          {members.map((m, i) => (
            <MemberIncome
              key={m.personId}
              index={i}
              member={m}
              defaultMonth={month}
              errors={state.errors}
              onChange={(next) => setMembers(members.map((old, k) => (k === i ? next : old)))}
            />
          ))}
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={state.busy}>
            {t('wywiadForm.submit')}
          </button>
        </div>
      </form>
    </>
  );
}

/** Recording the home visit (rodzinny wywiad środowiskowy) with the income of the reference month. */
export function WywiadPage() {
  const { id } = useParams();
  const { t } = useI18n();
  const { data: app, error, reload } = useApi<ApplicationDetail>(`/api/v1/applications/${id}`);
  if (error) return <LoadError error={error} onRetry={reload} />;
  if (!app) return <Loading />;
  return (
    <Page
      title={t('wywiadForm.title', { number: app.number })}
      lead={t('wywiadForm.lead', { name: app.applicantName })}
    >
      {app.allowedActions.includes('recordWywiad') ? (
        <WywiadForm app={app} />
      ) : (
        <p className="empty">{t('steps.notAllowedNow')}</p>
      )}
    </Page>
  );
}
