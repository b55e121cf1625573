import { formatFileSize, UPLOAD_LIMITS } from '@ostoja/domain/portal/files';
import { IntakeProof } from '@ostoja/domain/portal/intake';
import type { IntakeStatusView as Status } from '@ostoja/domain/portal/intake-response';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../api/client.ts';
import { intakeApi, type IntakeProof as Proof } from '../../api/intake.ts';
import { useI18n } from '../../app/i18n.tsx';
import { Alert } from '../../components/feedback.tsx';
import { fieldId, TextField } from '../../components/fields.tsx';
import { CodeField } from '../../components/kit/code-field.tsx';
import { PortalLookupForm } from '../../components/kit/portal-lookup-form.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { Page } from '../../components/page.tsx';
import { OfficeCard } from '../../components/portal-office.tsx';
import { AttachmentsField, type Chosen, sendAttachments } from './attachments.tsx';

const TAG = { pl: 'pl-PL', uk: 'uk-UA', en: 'en-GB' } as const;

/** The application found: its status and history, who handles it, its files, and adding more. */
function Found({ s, proof, onReload }: { s: Status; proof: Proof; onReload(): void }) {
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
  const [found, setFound] = useState<{ s: Status; proof: Proof } | null>(null);
  const f = useEditForm({
    schema: IntakeProof,
    defaultValues: { reference: '', code: '' },
    save: async (proof) => ({ s: await intakeApi.status(proof), proof }),
    onSaved: setFound,
  });
  // After files were sent: the application as it is now, with the same proof.
  const again = useMutation<Status, ApiError, Proof>({
    mutationFn: (proof) => intakeApi.status(proof),
    onSuccess: (s, proof) => setFound({ s, proof }),
  });

  return (
    <Page title={t('apply.status.title')} lead={t('apply.status.lead')}>
      <PortalLookupForm
        form={f}
        notFound={t('apply.status.notFound')}
        onSearch={() => setFound(null)}
        submitLabel={t('apply.status.submit')}
      >
        <div className="field-row">
          <TextField
            {...f.bind('reference')}
            label={t('apply.status.reference')}
            hint={t('apply.status.referenceHint')}
            autoComplete="off"
            required
          />
          <CodeField {...f.bind('code')} label={t('apply.status.code')} required />
        </div>
      </PortalLookupForm>
      {again.error ? (
        <Alert focus>{again.error.status === 0 ? t('error.network') : msg(again.error.message)}</Alert>
      ) : null}
      {found ? <Found s={found.s} proof={found.proof} onReload={() => again.mutate(found.proof)} /> : null}
    </Page>
  );
}
