import {
  AddContract,
  type CaseFile,
  CONTRACT_PARTS,
  type SocialContract,
} from '@ostoja/domain/social-work/case-file';
import type { ContractActionType } from '@ostoja/domain/social-work/contract-workflow';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { ApiError } from '../../api/client.ts';
import { socialWorkApi } from '../../api/social-work.ts';
import { useI18n } from '../../app/i18n.tsx';
import { SelectField, TextAreaField, TextField } from '../../components/fields.tsx';
import { fieldError, MutationDialog } from '../../components/kit/confirm-dialog.tsx';
import { DetailsForm } from '../../components/kit/details-form.tsx';
import { StatusBadge } from '../../components/kit/status-badge.tsx';
import { useRead } from '../../components/kit/use-read.ts';
import { Section } from '../../components/page.tsx';
import { todayIso } from '../../lib/format.ts';
import { useAddToCase } from './add-to-case.ts';
import { useCaseFileSaved } from './queries.ts';

const TONE = {
  draft: 'due-soon',
  inForce: 'ok',
  completed: 'neutral',
  broken: 'off',
  endedEarly: 'neutral',
} as const;

/** One action of a contract (sign, review, outcome): the date asked in a dialog first. */
function ActionButton({
  k,
  action,
  caseFileId,
}: {
  k: SocialContract;
  action: ContractActionType;
  caseFileId: string;
}) {
  const { t } = useI18n();
  const saved = useCaseFileSaved();
  const [open, setOpen] = useState(false);
  const [on, setOn] = useState(todayIso);
  const run = useMutation<SocialContract, ApiError>({
    mutationFn: () => socialWorkApi.contractAction(k.id, { type: action, on }),
    onSuccess: () => {
      setOpen(false);
      saved.changed(caseFileId);
    },
  });
  const label = `${t(`sw.contractAction.${action}`)} — ${k.number}`;
  return (
    <>
      <button type="button" className="button secondary small" onClick={() => setOpen(true)}>
        {t(`sw.contractAction.${action}`)}
        <span className="visually-hidden"> — {k.number}</span>
      </button>
      <MutationDialog
        open={open}
        title={label}
        confirmLabel={t(`sw.contractAction.${action}`)}
        danger={action === 'break'}
        run={run}
        onClose={() => setOpen(false)}
      >
        <TextField
          id={`contract-${k.id}-${action}-on`}
          type="date"
          label={t('sw.contract.actionOn')}
          value={on}
          onValue={setOn}
          error={fieldError(run.error, 'on')}
        />
      </MutationDialog>
    </>
  );
}

/**
 * Art. 11 ust. 2 after a breach: the household's running benefits, each linking to its application
 * where the benefits section changes or revokes the decision, and the justification to use there.
 */
function Art11Consequences({ k }: { k: SocialContract }) {
  const { t, date, money } = useI18n();
  const draft = useRead(['social-contracts', k.id, 'art11'], (signal) => socialWorkApi.art11(k.id, signal));
  if (!draft.data) return null;
  return (
    <section aria-labelledby={`art11-${k.id}-h`}>
      <h4 id={`art11-${k.id}-h`}>{t('sw.art11')}</h4>
      {draft.data.decisions.length ? (
        <ul>
          {draft.data.decisions.map((d) => (
            <li key={d.decisionId}>
              <Link to={`/applications/${d.applicationId}`}>{d.number}</Link> — {d.benefit}, {money(d.amount)}
              {d.periodTo ? ` (${t('sw.art11.until', { date: date(d.periodTo) })})` : ''}
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty">{t('sw.art11.noBenefits')}</p>
      )}
      <TextAreaField
        id={`art11-${k.id}-justification`}
        label={t('sw.art11.justification')}
        hint={t('sw.art11.hint')}
        value={draft.data.justification}
        onValue={() => {}}
        readOnly
        rows={8}
      />
    </section>
  );
}

function ContractCard({ k, caseFileId }: { k: SocialContract; caseFileId: string }) {
  const { t, date } = useI18n();
  return (
    <article className="card" aria-labelledby={`contract-${k.id}-h`}>
      <h3 id={`contract-${k.id}-h`}>
        {t('sw.contract.heading', { number: k.number })}{' '}
        <StatusBadge tone={TONE[k.status]}>{t(`sw.contractStatus.${k.status}`)}</StatusBadge>
      </h3>
      <dl className="facts">
        <dt>{t('sw.contract.part')}</dt>
        <dd>{t(`sw.contractPart.${k.part}`)}</dd>
        <dt>{t('sw.contract.person')}</dt>
        <dd>{k.person.fullName}</dd>
        <dt>{t('sw.contract.period')}</dt>
        <dd>
          {date(k.concludedOn)} – {date(k.validTo)}
        </dd>
        <dt>{t('sw.contract.goals')}</dt>
        <dd>{k.goals}</dd>
        <dt>{t('sw.contract.personObligations')}</dt>
        <dd>{k.personObligations}</dd>
        <dt>{t('sw.contract.centreObligations')}</dt>
        <dd>{k.centreObligations}</dd>
      </dl>
      {k.actions.length ? (
        <ul>
          {k.actions.map((a, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the log is append-only, its order is its identity
            <li key={i}>
              {date(a.on)}: {t(`sw.contractAction.${a.type}`)}
            </li>
          ))}
        </ul>
      ) : null}
      {k.status === 'broken' ? <Art11Consequences k={k} /> : null}
      <p className="form-actions">
        <a
          className="button secondary small"
          href={socialWorkApi.contractPdfUrl(k.id)}
          download={`${k.number.replaceAll('/', '-')}.pdf`}
        >
          {t('sw.contract.pdf')}
          <span className="visually-hidden"> — {k.number}</span>
        </a>
        {k.allowedActions.map((a) => (
          <ActionButton key={a} k={k} action={a} caseFileId={caseFileId} />
        ))}
      </p>
    </article>
  );
}

/** Kontrakty socjalne (art. 108 ups) of the case: the form's part A or B, goals, obligations, outcome. */
export function ContractsSection({ c, writable }: { c: CaseFile; writable: boolean }) {
  const { t } = useI18n();
  const saved = useCaseFileSaved();
  const empty = () => ({
    part: 'A' as 'A' | 'B',
    personId: c.members[0]?.id ?? '',
    concludedOn: todayIso(),
    validTo: '',
    goals: '',
    personObligations: '',
    centreObligations: '',
  });
  const f = useAddToCase(
    AddContract,
    empty,
    (body) => socialWorkApi.addContract(c.id, body),
    () => saved.changed(c.id),
  );
  const text = (k: 'goals' | 'personObligations' | 'centreObligations') => (
    <TextAreaField {...f.bind(k)} id={`contract-${k}`} label={t(`sw.contract.${k}`)} required />
  );
  const day = (k: 'concludedOn' | 'validTo') => (
    <TextField {...f.bind(k)} id={`contract-${k}`} type="date" label={t(`sw.contract.${k}`)} required />
  );
  return (
    <Section id="sw-contracts" title={t('sw.contracts')}>
      {c.contracts.length ? (
        c.contracts.map((k) => <ContractCard key={k.id} k={k} caseFileId={c.id} />)
      ) : (
        <p className="empty">{t('sw.contracts.empty')}</p>
      )}
      {writable ? (
        <DetailsForm summary={t('sw.contract.add')} form={f}>
          <SelectField
            id="contract-part"
            label={t('sw.contract.part')}
            required
            value={f.values.part}
            onValue={(x) => f.form.setValue('part', x as 'A' | 'B')}
            options={CONTRACT_PARTS.map((p) => ({ value: p, label: t(`sw.contractPart.${p}`) }))}
          />
          <SelectField
            {...f.bind('personId')}
            id="contract-personId"
            label={t('sw.contract.person')}
            required
            options={c.members.map((m) => ({ value: m.id, label: m.fullName }))}
          />
          {day('concludedOn')}
          {day('validTo')}
          {text('goals')}
          {text('personObligations')}
          {text('centreObligations')}
        </DetailsForm>
      ) : null}
    </Section>
  );
}
