import { LoginInput } from '@ostoja/domain';
import { type FormEvent, useEffect, useState } from 'react';
import { type Location, Navigate, useLocation, useNavigate } from 'react-router-dom';
import { ApiError } from '../api/client.ts';
import { useAuth } from '../app/auth.tsx';
import { useI18n } from '../app/i18n.tsx';
import { landingPath } from '../app/landing.ts';
import { Alert, ErrorSummary } from '../components/feedback.tsx';
import { TextField } from '../components/fields.tsx';
import { bindPart } from '../components/kit/bind-part.ts';
import { Page } from '../components/page.tsx';
import { type Errors, validate } from '../lib/forms.ts';

/** The login and the code are typed as they are: no capital first letter, no spelling check. */
const asTyped = { autoCapitalize: 'none', spellCheck: false } as const;

export function LoginPage() {
  const { t, locale } = useI18n();
  const { me, login, sessionExpired } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const state = location.state as { from?: Location; loggedOut?: boolean } | null;
  const [values, setValues] = useState({ login: '', password: '', code: '' });
  // After a right password, an account with two-factor sign-in is asked for its code (second step).
  const [codeStep, setCodeStep] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState('');
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  // Messages are in the language they were shown in; a language switch clears them.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the language changes
  useEffect(() => {
    setErrors({});
    setFailure('');
  }, [locale]);

  if (me && !busy) {
    const from = state?.from;
    return <Navigate to={from ? `${from.pathname}${from.search}` : landingPath(me)} replace />;
  }

  const bound = bindPart('', values, setValues, errors);
  const field = (k: keyof typeof values) => ({ ...bound(k), required: true });

  async function submit(e: FormEvent) {
    e.preventDefault();
    setAttempt((n) => n + 1);
    setFailure('');
    const v = validate(LoginInput, values, locale);
    if (!v.ok) return setErrors(v.errors);
    setErrors({});
    setBusy(true);
    try {
      const who = await login(v.data.login, v.data.password, codeStep ? v.data.code : undefined);
      const from = state?.from;
      navigate(from ? `${from.pathname}${from.search}` : landingPath(who), { replace: true });
    } catch (err) {
      const code = err instanceof ApiError ? err.code : '';
      if (code === 'totpRequired') {
        // Sent without a code a second time: say what is missing.
        if (codeStep && err instanceof ApiError) setFailure(err.message);
        setCodeStep(true);
        return;
      }
      setFailure(err instanceof ApiError && err.message ? err.message : t('error.network'));
      if (code === 'badCode' && err instanceof ApiError) {
        setErrors(Object.fromEntries(err.fields.map((f) => [f.path, f.message])));
        setValues((old) => ({ ...old, code: '' }));
        return;
      }
      setCodeStep(false);
      setValues((old) => ({ ...old, password: '', code: '' }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="login-page">
      <Page title={t('login.title')} lead={t('login.lead')}>
        {sessionExpired ? <Alert kind="info">{t('login.sessionExpired')}</Alert> : null}
        {state?.loggedOut && !sessionExpired ? <Alert kind="success">{t('login.loggedOut')}</Alert> : null}
        <ErrorSummary errors={errors} message={failure} version={attempt} />
        <form onSubmit={submit} noValidate className="form narrow">
          <TextField {...field('login')} {...asTyped} label={t('login.login')} autoComplete="username" />
          <TextField
            {...field('password')}
            label={t('login.password')}
            type="password"
            autoComplete="current-password"
          />
          {codeStep ? (
            <>
              <Alert kind="info">{t('login.codeLead')}</Alert>
              <TextField
                {...field('code')}
                {...asTyped}
                label={t('login.code')}
                autoComplete="one-time-code"
                autoFocus
              />
            </>
          ) : null}
          <div className="form-actions">
            <button type="submit" className="button primary" disabled={busy}>
              {busy ? t('login.signingIn') : t('login.submit')}
            </button>
          </div>
        </form>
      </Page>
    </div>
  );
}
