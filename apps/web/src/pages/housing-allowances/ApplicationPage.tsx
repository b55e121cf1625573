import {
  DecideHousingAllowance,
  type HousingAllowanceApplication,
} from '@ostoja/domain/housing-allowances/application';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { housingAllowancesApi } from '../../api/housing-allowances.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError, Loading } from '../../components/feedback.tsx';
import { fieldId, SelectField, TextAreaField, TextField } from '../../components/fields.tsx';
import { ConfirmDialog } from '../../components/kit/confirm-dialog.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { StatusBadge } from '../../components/kit/status-badge.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { Page } from '../../components/page.tsx';
import { todayIso } from '../../lib/format.ts';
import { Calculation, Decision } from '../family-benefits/decision-parts.tsx';
import { useHousingApplication, useHousingSaved } from './queries.ts';
import { WageNoticeNote } from './wage-notice.tsx';

type App = HousingAllowanceApplication;

/** Grant (6 months to the manager; how the dodatek energetyczny is paid) or refuse, confirmed first. */
function HousingDecisionForm({ a, onSaved }: { a: App; onSaved(a: App): void }) {
  const { t, tk } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const f = useEditForm({
    schema: DecideHousingAllowance,
    defaultValues: {
      outcome: 'grant',
      decidedOn: todayIso(),
      energyPaymentMethod: 'cashDesk',
      energyIban: '',
      refusalReason: '',
    },
    toBody: (v) => ({
      outcome: v.outcome as 'grant' | 'refuse',
      decidedOn: v.decidedOn,
      energyPaymentMethod: v.energyPaymentMethod as 'cashDesk' | 'transfer',
      energyIban: v.energyIban || undefined,
      refusalReason: v.refusalReason || undefined,
    }),
    save: (body) => housingAllowancesApi.decide(a.id, body),
    onSaved,
  });
  const v = f.values;
  const energy = v.outcome === 'grant' && a.calculation.energyAmount > 0;
  return (
    <section className="card" aria-labelledby="ha-decide">
      <h2 id="ha-decide">{t('fb.decision')}</h2>
      <EditForm form={{ ...f, submit: async () => setConfirming(true) }} submitLabel={t('fb.issue')}>
        <SelectField
          id={fieldId('outcome')}
          label={t('fb.outcome')}
          value={v.outcome}
          onValue={(x) => f.form.setValue('outcome', x)}
          options={['grant', 'refuse'].map((o) => ({ value: o, label: tk('fb.outcome', o) }))}
          error={f.errors.outcome}
        />
        <TextField
          id={fieldId('decidedOn')}
          label={t('fb.decidedOn')}
          type="date"
          value={v.decidedOn}
          onValue={(x) => f.form.setValue('decidedOn', x)}
          error={f.errors.decidedOn}
          required
        />
        {energy ? (
          <>
            <SelectField
              id={fieldId('energyPaymentMethod')}
              label={t('ha.energyPaymentMethod')}
              value={v.energyPaymentMethod}
              onValue={(x) => f.form.setValue('energyPaymentMethod', x)}
              options={['cashDesk', 'transfer'].map((o) => ({ value: o, label: tk('fb.paymentMethod', o) }))}
            />
            {v.energyPaymentMethod === 'transfer' ? (
              <TextField
                id={fieldId('energyIban')}
                label={t('ha.energyIban')}
                value={v.energyIban}
                onValue={(x) => f.form.setValue('energyIban', x)}
                error={f.errors.energyIban}
                required
              />
            ) : null}
          </>
        ) : null}
        {v.outcome === 'refuse' ? (
          <TextAreaField
            id={fieldId('refusalReason')}
            label={t('fb.refusalReason')}
            value={v.refusalReason}
            onValue={(x) => f.form.setValue('refusalReason', x)}
            error={f.errors.refusalReason}
            required
          />
        ) : null}
      </EditForm>
      <ConfirmDialog
        open={confirming}
        title={t('fb.issue')}
        confirmLabel={t('fb.issue')}
        busy={f.busy}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          f.submit();
        }}
      >
        <p>{t('fb.confirmIssue')}</p>
      </ConfirmDialog>
    </section>
  );
}

/** One application: the household, the flat and its manager, the calculation, the decisions. */
export function ApplicationPage() {
  const { id = '' } = useParams();
  const { t, tk, date, money } = useI18n();
  const { can } = useAuth();
  const q = useHousingApplication(id);
  const saved = useHousingSaved();
  if (q.error) return <LoadError error={q.error} onRetry={() => q.refetch()} />;
  if (!q.data) return <Loading />;
  const a = q.data;
  const c = a.calculation;
  return (
    <Page title={`${t('ha.title')}: ${a.number}`}>
      <dl className="facts">
        <dt>{t('fb.applicant')}</dt>
        <dd>{a.applicantName}</dd>
        <dt>{t('fb.status')}</dt>
        <dd>
          <StatusBadge tone={a.status === 'decided' ? 'ok' : 'neutral'}>
            {tk('ha.status', a.status)}
          </StatusBadge>
        </dd>
        <dt>{t('fb.submittedOn')}</dt>
        <dd>{date(a.submittedOn)}</dd>
        <dt>{t('ha.flatArea')}</dt>
        <dd>{a.flatArea}</dd>
        <dt>{t('ha.expenses')}</dt>
        <dd>{money(a.monthlyExpenses)}</dd>
        <dt>{t('ha.legalTitle')}</dt>
        <dd>{tk('ha.legalTitle', a.legalTitle)}</dd>
        <dt>{t('ha.manager')}</dt>
        <dd>
          {a.manager.name}, {a.manager.address}, {a.manager.iban}
        </dd>
        <dt>{t('ha.energyAmount')}</dt>
        <dd>{money(c.energyAmount)}</dd>
      </dl>
      <h2>{t('ha.household')}</h2>
      <ul>
        {a.members.map((m) => (
          <li key={m.personId}>{m.name}</li>
        ))}
      </ul>
      <Calculation c={{ eligible: c.eligible, monthlyAmount: c.amount, explanation: c.explanation }} />
      <WageNoticeNote notice={a.wageNotice} />
      {a.status === 'complete' && can('housingAllowances.decide') ? (
        <HousingDecisionForm a={a} onSaved={saved} />
      ) : null}
      {a.decision ? (
        <>
          <Decision d={a.decision} />
          <p>
            <a href={housingAllowancesApi.pdfUrl(a.id, 'housing')} target="_blank" rel="noreferrer">
              {t('ha.pdf')} {a.decision.number}
            </a>
          </p>
        </>
      ) : null}
      {a.energyDecision ? (
        <>
          <h2>{t('ha.energyDecision')}</h2>
          <Decision d={a.energyDecision} />
          <p>
            <a href={housingAllowancesApi.pdfUrl(a.id, 'energy')} target="_blank" rel="noreferrer">
              {t('ha.pdf')} {a.energyDecision.number}
            </a>
          </p>
        </>
      ) : null}
    </Page>
  );
}
