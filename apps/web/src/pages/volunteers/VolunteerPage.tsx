import { type VolunteerWithAgreements as Loaded, ReviewInput } from '@ostoja/domain/volunteers/volunteer';
import { useMutation } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { ApiError } from '../../api/client.ts';
import { volunteersApi } from '../../api/volunteers.ts';
import { useI18n } from '../../app/i18n.tsx';
import { Alert, LoadError, Loading } from '../../components/feedback.tsx';
import { fieldId } from '../../components/fields.tsx';
import { AskFirstButton } from '../../components/kit/ask-first-button.tsx';
import { withBindings } from '../../components/kit/bindings.ts';
import { Details } from '../../components/kit/details.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { useRouteId } from '../../components/kit/route-id.ts';
import { StatusBadge } from '../../components/kit/status-badge.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { Page, Section } from '../../components/page.tsx';
import { RadioGroup, TextAreaField } from '../../components/portal-fields.tsx';
import { orNull } from '../../lib/forms.ts';
import { AgreementForm } from './agreement-form.tsx';
import { useVolunteer, useVolunteerSaved } from './queries.ts';

/** Accept or reject a sign-up, with a note for the team. */
function Review({ v }: { v: Loaded }) {
  const { t } = useI18n();
  const saved = useVolunteerSaved();
  const f = withBindings(
    useEditForm({
      schema: ReviewInput,
      defaultValues: { decision: '', note: v.reviewNote ?? '' },
      // No decision yet goes to the schema as it is, which names the field.
      toBody: ({ decision, note }) => ({
        decision: decision as 'accept' | 'reject',
        note: orNull(note),
        version: v.version,
      }),
      save: (body) => volunteersApi.review(v.id, body),
      onSaved: (next) => saved(v.id, next),
    }),
  );
  return (
    <Section card id="vol-review" title={t('vol.review.title')}>
      <EditForm
        form={{
          ...f,
          errors: f.errors.decision ? { ...f.errors, decision: t('vol.review.choose') } : f.errors,
        }}
        submitLabel={t('vol.review.submit')}
        requiredNote={false}
        onReload={() => saved(v.id)}
      >
        <RadioGroup
          id={fieldId('decision')}
          legend={t('vol.review.decision')}
          value={f.values.decision}
          onValue={(x) => f.form.setValue('decision', x)}
          options={[
            { value: 'accept', label: t('vol.review.accept') },
            { value: 'reject', label: t('vol.review.reject') },
          ]}
          error={f.errors.decision ? t('vol.review.choose') : undefined}
          required
        />
        <TextAreaField {...f.bind('note')} label={t('vol.review.note')} rows={3} />
      </EditForm>
    </Section>
  );
}

const TONE = { new: 'due-soon', accepted: 'ok', rejected: 'off' } as const;

/** Erasure on the person's request (refused by the server once an agreement binds them). */
function Erase({ id }: { id: string }) {
  const { t, msg } = useI18n();
  const navigate = useNavigate();
  const saved = useVolunteerSaved();
  const [open, setOpen] = useState(false);
  const erase = useMutation<unknown, ApiError>({
    mutationFn: () => volunteersApi.erase(id),
    onSuccess: () => {
      saved(id);
      navigate('/volunteers', { replace: true });
    },
  });
  return (
    <Section id="erase" title={t('vol.erase.title')}>
      <p>{t('vol.erase.text')}</p>
      {erase.error && !open ? <Alert focus>{msg(erase.error.message)}</Alert> : null}
      <AskFirstButton
        label={t('vol.erase.button')}
        title={t('vol.erase.question')}
        busy={erase.isPending}
        open={open}
        onOpenChange={setOpen}
        onConfirm={(close) => erase.mutate(undefined, { onSettled: close })}
      />
    </Section>
  );
}

/** A volunteer: what they offered, the review, and the agreements with their PDFs for signing. */
export function VolunteerPage() {
  const { date, dateTime, t, tk } = useI18n();
  const saved = useVolunteerSaved();
  const loaded = useVolunteer(useRouteId());
  if (loaded.error) return <LoadError error={loaded.error} onRetry={() => loaded.refetch()} />;
  const v = loaded.data;
  if (!v) return <Loading />;
  const reviewed: [string, ReactNode][] = v.reviewedAt
    ? [
        [
          t('vol.staff.reviewed'),
          <>
            {dateTime(v.reviewedAt)} {v.reviewedByName ?? ''}
            {v.reviewNote ? ` — ${v.reviewNote}` : ''}
          </>,
        ],
      ]
    : [];

  return (
    <Page
      title={`${v.firstName} ${v.surname}`}
      lead={<StatusBadge tone={TONE[v.status]}>{t(`volunteerStatus.${v.status}`)}</StatusBadge>}
    >
      <p>
        <Link to="/volunteers">{t('vol.staff.back')}</Link>
      </p>
      <Details
        items={[
          [t('vol.staff.contact'), [v.phone, v.email].filter(Boolean).join(', ')],
          [t('vol.staff.adult'), v.adult ? t('vol.staff.yes') : t('vol.staff.minor')],
          [
            t('vol.section.when'),
            <>
              {v.availability.weekdays.map((d) => tk('day', d)).join(', ')};{' '}
              {v.availability.times.map((x) => t(`timeOfDay.${x}`)).join(', ')}
              {v.availability.note ? ` (${v.availability.note})` : ''}
            </>,
          ],
          [t('vol.skills'), v.skills.map((s) => t(`volunteerSkill.${s}`)).join(', ')],
          [t('vol.staff.signedUp'), dateTime(v.createdAt)],
          ...reviewed,
        ]}
      />
      {v.about ? <blockquote className="card">{v.about}</blockquote> : null}
      <Review key={v.version} v={v} />
      <h2>{t('vol.agreements')}</h2>
      {v.agreements.length ? (
        <ul>
          {v.agreements.map((a) => (
            <li key={a.id}>
              <a href={volunteersApi.agreementPdfUrl(a.id)} target="_blank" rel="noreferrer">
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
        <AgreementForm volunteerId={v.id} onSaved={() => saved(v.id)} />
      ) : (
        <p className="hint">{t('vol.agreement.acceptFirst')}</p>
      )}
      {v.agreements.length === 0 ? <Erase id={v.id} /> : null}
    </Page>
  );
}
