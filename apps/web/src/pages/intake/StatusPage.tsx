import { formatFileSize, UPLOAD_LIMITS } from '@ostoja/domain/portal/files';
import { intakeReferenceSchema } from '@ostoja/domain/portal/intake';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { api } from '../../api/client.ts';
import type { PublicOffice } from '../../api/portal.ts';
import { useI18n } from '../../app/i18n.tsx';
import { ErrorSummary } from '../../components/feedback.tsx';
import { fieldId, TextField } from '../../components/fields.tsx';
import { Page } from '../../components/page.tsx';
import { OfficeCard } from '../../components/portal-office.tsx';
import type { Errors } from '../../lib/forms.ts';
import { useSubmit } from '../../lib/use-submit.ts';
import { AttachmentsField, type Chosen, sendAttachments } from './attachments.tsx';

interface Status {
  reference: string;
  status: 'received' | 'inReview' | 'accepted' | 'declined';
  submittedAt: string;
  history: { status: string; at: string }[];
  servedBy: { fieldTeam: string; office: PublicOffice | null } | null;
  attachments: { id: string; fileName: string; mediaType: string; size: number }[];
  canAttach: boolean;
}

const TAG = { pl: 'pl-PL', uk: 'uk-UA', en: 'en-GB' } as const;

/** The application found: its status and history, who handles it, its files, and adding more. */
function Found({
  s,
  proof,
  onReload,
}: {
  s: Status;
  proof: { reference: string; code: string };
  onReload(): void;
}) {
  const { t, dateTime, locale } = useI18n();
  const [files, setFiles] = useState<Chosen[]>([]);
  const [sending, setSending] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus when an application is shown
  useEffect(() => heading.current?.focus(), [s.reference]);
  const room = UPLOAD_LIMITS.maxAttachments - s.attachments.length;

  async function send() {
    setSending(true);
    await sendAttachments(files, proof, (key, patch) =>
      setFiles((all) => all.map((f) => (f.key === key ? { ...f, ...patch } : f))),
    );
    setSending(false);
    // What arrived is listed with the application's files now; what failed stays to try again.
    setFiles((all) => all.filter((f) => f.state !== 'done'));
    onReload();
  }

  return (
    <section aria-labelledby="status-h">
      <h2 id="status-h" ref={heading} tabIndex={-1}>
        {t('apply.status.is', { reference: s.reference, status: t(`intakeStatus.${s.status}`) })}
      </h2>
      <p>{t(`apply.status.explain.${s.status}`)}</p>
      <h3>{t('apply.status.history')}</h3>
      <ol>
        {s.history.map((h) => (
          <li key={`${h.status}-${h.at}`}>
            {dateTime(h.at)}: {t(`intakeStatus.${h.status}`)}
          </li>
        ))}
      </ol>
      {s.servedBy ? (
        <>
          <p>{t('apply.filed.team', { team: s.servedBy.fieldTeam })}</p>
          {s.servedBy.office ? <OfficeCard office={s.servedBy.office} heading="h3" /> : null}
        </>
      ) : null}
      <h3>{t('apply.section.files')}</h3>
      {s.attachments.length ? (
        <ul>
          {s.attachments.map((a) => (
            <li key={a.id}>
              {a.fileName} ({formatFileSize(a.size, TAG[locale])})
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty">{t('apply.status.noFiles')}</p>
      )}
      {s.canAttach && room > 0 ? (
        <div className="card">
          <AttachmentsField
            id={fieldId('more-files')}
            files={files}
            onFiles={setFiles}
            room={room}
            disabled={sending}
          />
          <button
            type="button"
            className="button primary"
            disabled={sending || files.length === 0 || files.length > room}
            onClick={send}
          >
            {t('apply.status.send')}
          </button>
        </div>
      ) : null}
    </section>
  );
}

/** "Sprawdź status wniosku": the reference number and the code given when the application was filed. */
export function StatusPage() {
  const { t, msg } = useI18n();
  const [reference, setReference] = useState('');
  const [code, setCode] = useState('');
  const [found, setFound] = useState<{ s: Status; proof: { reference: string; code: string } } | null>(null);
  const { state, run, invalid } = useSubmit();

  async function look(proof: { reference: string; code: string }) {
    await run(async () => {
      setFound({ s: await api.post<Status>('/api/v1/portal/intakes/status', proof), proof });
    });
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    setFound(null);
    const errors: Errors = {};
    const ref = intakeReferenceSchema.safeParse(reference);
    if (!ref.success) errors.reference = msg(ref.error.issues[0]?.message ?? 'validation.invalid');
    if (!code.trim()) errors.code = msg('validation.required');
    if (Object.keys(errors).length || !ref.success) return invalid(errors);
    look({ reference: ref.data, code: code.trim() });
  }

  return (
    <Page title={t('apply.status.title')} lead={t('apply.status.lead')}>
      <ErrorSummary
        errors={state.errors}
        message={state.code === 'notFound' ? t('apply.status.notFound') : state.message}
        version={state.attempt}
      />
      <form onSubmit={submit} noValidate className="card">
        <div className="field-row">
          <TextField
            id={fieldId('reference')}
            label={t('apply.status.reference')}
            hint={t('apply.status.referenceHint')}
            value={reference}
            onValue={setReference}
            error={state.errors.reference}
            autoComplete="off"
            required
          />
          <TextField
            id={fieldId('code')}
            label={t('apply.status.code')}
            value={code}
            onValue={setCode}
            error={state.errors.code}
            autoComplete="off"
            spellCheck={false}
            required
          />
        </div>
        <button type="submit" className="button primary" disabled={state.busy}>
          {t('apply.status.submit')}
        </button>
      </form>
      {found ? <Found s={found.s} proof={found.proof} onReload={() => look(found.proof)} /> : null}
    </Page>
  );
}
