import type { Agreement, Volunteer } from '@ostoja/domain/volunteers/volunteer';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { useI18n } from '../../app/i18n.tsx';
import { Alert, ErrorSummary, LoadError, Loading } from '../../components/feedback.tsx';
import { fieldId } from '../../components/fields.tsx';
import { Page } from '../../components/page.tsx';
import { ConfirmButton } from '../../components/portal-confirm.tsx';
import { RadioGroup, TextAreaField } from '../../components/portal-fields.tsx';
import { orNull } from '../../lib/forms.ts';
import { useApi } from '../../lib/use-api.ts';
import { useSubmit } from '../../lib/use-submit.ts';
import { AgreementForm } from './agreement-form.tsx';

type Loaded = Volunteer & { agreements: Agreement[] };

/** Accept or reject a sign-up, with a note for the team. */
function Review({ v, onSaved }: { v: Loaded; onSaved(v: Loaded): void }) {
  const { t } = useI18n();
  const [decision, setDecision] = useState('');
  const [note, setNote] = useState(v.reviewNote ?? '');
  const { state, run, invalid } = useSubmit();
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!decision) return invalid({ decision: t('vol.review.choose') });
    await run(async () => {
      onSaved(
        await api.post<Loaded>(`/api/v1/volunteers/${v.id}/review`, {
          decision,
          note: orNull(note),
          version: v.version,
        }),
      );
    });
  }
  return (
    <form onSubmit={submit} noValidate className="card">
      <h2>{t('vol.review.title')}</h2>
      <ErrorSummary errors={state.errors} message={state.message} version={state.attempt} />
      <RadioGroup
        id={fieldId('decision')}
        legend={t('vol.review.decision')}
        value={decision}
        onValue={setDecision}
        options={[
          { value: 'accept', label: t('vol.review.accept') },
          { value: 'reject', label: t('vol.review.reject') },
        ]}
        error={state.errors.decision}
        required
      />
      <TextAreaField
        id={fieldId('note')}
        label={t('vol.review.note')}
        value={note}
        onValue={setNote}
        error={state.errors.note}
        rows={3}
      />
      <button type="submit" className="button primary" disabled={state.busy}>
        {t('vol.review.submit')}
      </button>
    </form>
  );
}

/** A volunteer: what they offered, the review, and the agreements with their PDFs for signing. */
export function VolunteerPage() {
  const { id } = useParams();
  const { t, date, dateTime } = useI18n();
  const navigate = useNavigate();
  const loaded = useApi<Loaded>(`/api/v1/volunteers/${id}`);
  const [problem, setProblem] = useState('');
  if (loaded.error) return <LoadError error={loaded.error} onRetry={loaded.reload} />;
  const v = loaded.data;
  if (!v) return <Loading />;

  async function erase() {
    if (!v) return;
    try {
      await api.delete(`/api/v1/volunteers/${v.id}`);
      navigate('/volunteers', { replace: true });
    } catch (e) {
      setProblem((e as Error).message);
    }
  }

  return (
    <Page title={`${v.firstName} ${v.surname}`} lead={t(`volunteerStatus.${v.status}`)}>
      <p>
        <Link to="/volunteers">{t('vol.staff.back')}</Link>
      </p>
      {problem ? <Alert focus>{problem}</Alert> : null}
      <dl className="details">
        <div>
          <dt>{t('vol.staff.contact')}</dt>
          <dd>{[v.phone, v.email].filter(Boolean).join(', ')}</dd>
        </div>
        <div>
          <dt>{t('vol.staff.adult')}</dt>
          <dd>{v.adult ? t('vol.staff.yes') : t('vol.staff.minor')}</dd>
        </div>
        <div>
          <dt>{t('vol.section.when')}</dt>
          <dd>
            {v.availability.weekdays.map((d) => t(`day.${d}`)).join(', ')};{' '}
            {v.availability.times.map((x) => t(`timeOfDay.${x}`)).join(', ')}
            {v.availability.note ? ` (${v.availability.note})` : ''}
          </dd>
        </div>
        <div>
          <dt>{t('vol.skills')}</dt>
          <dd>{v.skills.map((s) => t(`volunteerSkill.${s}`)).join(', ')}</dd>
        </div>
        <div>
          <dt>{t('vol.staff.signedUp')}</dt>
          <dd>{dateTime(v.createdAt)}</dd>
        </div>
        {v.reviewedAt ? (
          <div>
            <dt>{t('vol.staff.reviewed')}</dt>
            <dd>
              {dateTime(v.reviewedAt)} {v.reviewedByName ?? ''}
              {v.reviewNote ? ` — ${v.reviewNote}` : ''}
            </dd>
          </div>
        ) : null}
      </dl>
      {v.about ? <blockquote className="card">{v.about}</blockquote> : null}
      <Review key={v.version} v={v} onSaved={loaded.set} />
      <h2>{t('vol.agreements')}</h2>
      {v.agreements.length ? (
        <ul>
          {v.agreements.map((a) => (
            <li key={a.id}>
              <a href={`/api/v1/volunteer-agreements/${a.id}/pdf`} target="_blank" rel="noreferrer">
                {t('vol.agreement.pdf', { number: a.number })}
                <span className="visually-hidden"> {t('common.opensInNewTab')}</span>
              </a>{' '}
              — {date(a.validFrom)}–{a.validTo ? date(a.validTo) : '…'}, {a.scope}
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty">{t('vol.agreement.none')}</p>
      )}
      {v.status === 'accepted' ? (
        <AgreementForm volunteerId={v.id} onSaved={() => loaded.reload()} />
      ) : (
        <p className="hint">{t('vol.agreement.acceptFirst')}</p>
      )}
      {v.agreements.length === 0 ? (
        <section aria-labelledby="erase-h">
          <h2 id="erase-h">{t('vol.erase.title')}</h2>
          <p>{t('vol.erase.text')}</p>
          <ConfirmButton label={t('vol.erase.button')} question={t('vol.erase.question')} onConfirm={erase} />
        </section>
      ) : null}
    </Page>
  );
}
