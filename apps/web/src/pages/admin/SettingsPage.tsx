import { CentreSettings } from '@ostoja/domain/org/settings';
import { useState } from 'react';
import { adminApi } from '../../api/admin.ts';
import { useI18n } from '../../app/i18n.tsx';
import { Alert } from '../../components/feedback.tsx';
import { CheckboxField, fieldId } from '../../components/fields.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { Pending } from '../../components/kit/pending.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { Page } from '../../components/page.tsx';
import { DatabaseStatus } from './database-status.tsx';
import { useAdminSaved, useCentreSettings } from './queries.ts';

/** The centre's own rules the administrator sets: four-eyes approval of decisions. */
export function SettingsPage() {
  const { t } = useI18n();
  const settings = useCentreSettings();
  if (settings.error || !settings.data) return <Pending query={settings} />;
  return (
    <Page title={t('settings.title')}>
      <SettingsForm initial={settings.data} />
      <DatabaseStatus />
    </Page>
  );
}

function SettingsForm({ initial }: { initial: CentreSettings }) {
  const { t } = useI18n();
  const cache = useAdminSaved();
  const [saved, setSaved] = useState(false);
  const f = useEditForm({
    schema: CentreSettings,
    defaultValues: initial,
    save: (body) => adminApi.saveSettings(body),
    onSaved: (next) => {
      cache.settings(next);
      setSaved(true);
    },
  });
  return (
    <>
      {saved ? <Alert kind="success">{t('settings.saved')}</Alert> : null}
      <EditForm form={f} submitLabel={t('action.save')} requiredNote={false}>
        <CheckboxField
          id={fieldId('fourEyesDecisions')}
          label={t('settings.fourEyesDecisions')}
          hint={t('settings.fourEyesDecisionsHint')}
          checked={f.values.fourEyesDecisions}
          onChecked={(on) => {
            setSaved(false);
            f.form.setValue('fourEyesDecisions', on);
          }}
        />
      </EditForm>
    </>
  );
}
