import type { CentreSettings } from '@ostoja/domain/org/settings';
import { type FormEvent, useEffect, useState } from 'react';
import { api } from '../../api/client.ts';
import { useI18n } from '../../app/i18n.tsx';
import { Alert, ErrorSummary, LoadError, Loading } from '../../components/feedback.tsx';
import { CheckboxField, fieldId } from '../../components/fields.tsx';
import { Page } from '../../components/page.tsx';
import { useApi } from '../../lib/use-api.ts';
import { useSubmit } from '../../lib/use-submit.ts';

/** The centre's own rules the administrator sets: four-eyes approval of decisions. */
export function SettingsPage() {
  const { t } = useI18n();
  const settings = useApi<CentreSettings>('/api/v1/centre-settings');
  const [v, setV] = useState<CentreSettings | null>(null);
  const [saved, setSaved] = useState(false);
  const { state, run } = useSubmit();
  useEffect(() => {
    if (settings.data) setV(settings.data);
  }, [settings.data]);
  if (settings.error) return <LoadError error={settings.error} onRetry={settings.reload} />;
  if (!v) return <Loading />;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setSaved(false);
    await run(async () => {
      setV(await api.put<CentreSettings>('/api/v1/centre-settings', v));
      setSaved(true);
    });
  }

  return (
    <Page title={t('settings.title')}>
      {saved ? <Alert kind="success">{t('settings.saved')}</Alert> : null}
      <ErrorSummary errors={state.errors} message={state.message} version={state.attempt} />
      <form onSubmit={submit} noValidate className="form">
        <CheckboxField
          id={fieldId('fourEyesDecisions')}
          label={t('settings.fourEyesDecisions')}
          hint={t('settings.fourEyesDecisionsHint')}
          checked={v.fourEyesDecisions}
          onChecked={(fourEyesDecisions) => setV({ ...v, fourEyesDecisions })}
        />
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={state.busy}>
            {t('action.save')}
          </button>
        </div>
      </form>
    </Page>
  );
}
