import {
  type OwnSession,
  type RecoveryCodes,
  TotpCode,
  type TotpSetup,
} from '@ostoja/domain/identity/two-factor';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { accountApi } from '../../api/account.ts';
import type { ApiError } from '../../api/client.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { Alert, LoadError, Loading } from '../../components/feedback.tsx';
import { TextField } from '../../components/fields.tsx';
import { AskFirstButton } from '../../components/kit/ask-first-button.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { MutationButton } from '../../components/kit/mutation-button.tsx';
import { PagedTable } from '../../components/kit/paged-table.tsx';
import { StatusBadge } from '../../components/kit/status-badge.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { Page } from '../../components/page.tsx';
import { useAccountSecurity, useOwnSessions, useSecurityChanged } from './queries.ts';

/** A form asking for one code from the authenticator app, for the action `save`. */
function CodeForm<R>({
  id,
  submitLabel,
  save,
  onSaved,
}: {
  id: string;
  submitLabel: string;
  save(body: TotpCode): Promise<R>;
  onSaved(result: R): void;
}) {
  const { t } = useI18n();
  const f = useEditForm({
    schema: TotpCode,
    defaultValues: { code: '' },
    save,
    onSaved: (r) => {
      f.reset({ code: '' });
      onSaved(r);
    },
  });
  return (
    <EditForm form={f} submitLabel={submitLabel} requiredNote={false}>
      <TextField
        id={`${id}-code`}
        label={t('account.totp.code')}
        required
        inputMode="numeric"
        autoComplete="one-time-code"
        value={f.values.code}
        onValue={(x) => f.form.setValue('code', x)}
        error={f.errors.code}
      />
    </EditForm>
  );
}

function ShownCodes({ codes }: { codes: string[] }) {
  const { t } = useI18n();
  return (
    <Alert kind="warning" title={t('account.recovery.heading')} focus>
      <p>{t('account.recovery.show')}</p>
      <ol className="recovery-codes" aria-label={t('account.recovery.heading')}>
        {codes.map((c) => (
          <li key={c}>
            <code>{c}</code>
          </li>
        ))}
      </ol>
    </Alert>
  );
}

function Enrolment({ onDone }: { onDone(codes: RecoveryCodes): void }) {
  const { t } = useI18n();
  const start = useMutation<TotpSetup, ApiError>({ mutationFn: accountApi.startTotp });
  if (!start.data) return <MutationButton mutation={start} label={t('account.totp.start')} />;
  return (
    <>
      <p>{t('account.totp.scan')}</p>
      <img src={start.data.qrCode} alt={t('account.totp.qrAlt')} width={200} height={200} />
      <p>
        {t('account.totp.secret')}: <code data-testid="totp-secret">{start.data.secret}</code>
      </p>
      <CodeForm
        id="totp-confirm"
        submitLabel={t('account.totp.confirm')}
        save={accountApi.confirmTotp}
        onSaved={onDone}
      />
    </>
  );
}

function Sessions() {
  const { t, dateTime } = useI18n();
  const { logout } = useAuth();
  const list = useOwnSessions();
  const out = useMutation({ mutationFn: accountApi.signOutEverywhere, onSuccess: () => logout() });
  return (
    <section aria-labelledby="account-sessions-h">
      <h2 id="account-sessions-h">{t('account.sessions.heading')}</h2>
      {list.error ? <LoadError error={list.error} onRetry={list.reload} /> : null}
      <PagedTable<OwnSession>
        caption={t('account.sessions.heading')}
        list={list}
        columns={[
          {
            key: 'created',
            header: t('account.sessions.started'),
            cell: (s) => (
              <>
                {dateTime(s.createdAt)}{' '}
                {s.current ? <StatusBadge tone="ok">{t('account.sessions.current')}</StatusBadge> : null}
              </>
            ),
            sortValue: (s) => s.createdAt,
          },
          {
            key: 'seen',
            header: t('account.sessions.lastSeen'),
            cell: (s) => dateTime(s.lastSeenAt),
            sortValue: (s) => s.lastSeenAt,
          },
          { key: 'ip', header: t('account.sessions.address'), cell: (s) => s.ip ?? '' },
          { key: 'agent', header: t('account.sessions.browser'), cell: (s) => s.userAgent ?? '' },
        ]}
      />
      <AskFirstButton
        label={t('account.sessions.signOutEverywhere')}
        title={t('account.sessions.confirmTitle')}
        busy={out.isPending}
        onConfirm={() => out.mutate()}
      >
        <p>{t('account.sessions.confirmText')}</p>
      </AskFirstButton>
    </section>
  );
}

export function AccountSecurityPage() {
  const { t } = useI18n();
  const { me, reload } = useAuth();
  const security = useAccountSecurity();
  const changed = useSecurityChanged();
  const [codes, setCodes] = useState<string[]>();
  const [disabled, setDisabled] = useState(false);
  const s = security.data;
  const showCodes = (r: RecoveryCodes) => {
    setCodes(r.codes);
    setDisabled(false);
    changed();
    void reload();
  };
  return (
    <Page title={t('account.title')} lead={t('account.lead')}>
      {me?.mustEnrolTotp ? <Alert kind="warning">{t('account.mustEnrol')}</Alert> : null}
      {security.error ? <LoadError error={security.error} onRetry={() => security.refetch()} /> : null}
      {!s && !security.error ? <Loading /> : null}
      {s ? (
        <section aria-labelledby="account-totp-h">
          <h2 id="account-totp-h">{t('account.totp.heading')}</h2>
          <p>
            <StatusBadge tone={s.totpEnabled ? 'ok' : 'off'}>
              {t(s.totpEnabled ? 'account.totp.on' : 'account.totp.off')}
            </StatusBadge>{' '}
            {s.totpRequired ? <StatusBadge tone="due-soon">{t('account.totp.required')}</StatusBadge> : null}
          </p>
          {disabled ? <Alert kind="success">{t('account.totp.disabled')}</Alert> : null}
          {codes ? <ShownCodes codes={codes} /> : null}
          {s.totpEnabled ? (
            <>
              <h3>{t('account.recovery.heading')}</h3>
              <p>{t('account.recovery.left', { count: s.recoveryCodesLeft })}</p>
              <CodeForm
                id="recovery-renew"
                submitLabel={t('account.recovery.new')}
                save={accountApi.renewRecoveryCodes}
                onSaved={showCodes}
              />
              {s.totpRequired ? null : (
                <details>
                  <summary>{t('account.totp.disable')}</summary>
                  <CodeForm
                    id="totp-disable"
                    submitLabel={t('account.totp.disable')}
                    save={accountApi.disableTotp}
                    onSaved={() => {
                      setCodes(undefined);
                      setDisabled(true);
                      changed();
                    }}
                  />
                </details>
              )}
            </>
          ) : (
            <Enrolment onDone={showCodes} />
          )}
          <p className="hint">{t('account.sessions.timeouts', { idle: s.idleMinutes, hours: s.maxHours })}</p>
        </section>
      ) : null}
      <Sessions />
    </Page>
  );
}
