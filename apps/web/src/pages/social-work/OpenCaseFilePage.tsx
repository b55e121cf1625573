import { HELP_REASONS, helpReasonKey } from '@ostoja/domain/applications/help-reasons';
import { OpenCaseFile } from '@ostoja/domain/social-work/case-file';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { socialWorkApi } from '../../api/social-work.ts';
import { useI18n } from '../../app/i18n.tsx';
import { CheckboxField, GroupError, TextAreaField, TextField } from '../../components/fields.tsx';
import { ActionLink } from '../../components/kit/action-link.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { Page } from '../../components/page.tsx';
import { todayIso } from '../../lib/format.ts';
import { useCaseFileSaved } from './queries.ts';

/** Six months on: the usual period of a review of the case (the worker may change it). */
const inSixMonths = (iso: string) => {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + 6);
  return d.toISOString().slice(0, 10);
};

export function OpenCaseFilePage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const householdId = params.get('household') ?? '';
  const saved = useCaseFileSaved();
  const today = todayIso();
  const f = useEditForm({
    schema: OpenCaseFile,
    defaultValues: {
      openedOn: today,
      openReason: '',
      problems: [] as string[],
      reviewDue: inSixMonths(today),
    },
    toBody: (v) => ({ ...v, householdId, problems: v.problems as OpenCaseFile['problems'] }),
    save: socialWorkApi.open,
    onSaved: (c) => {
      saved.caseFile(c);
      navigate(`/case-files/${c.id}`);
    },
  });
  const v = f.values;
  const toggle = (code: string, on: boolean) =>
    f.form.setValue('problems', on ? [...v.problems, code] : v.problems.filter((p) => p !== code));
  return (
    <Page title={t('sw.open.title')}>
      <EditForm
        form={f}
        submitLabel={t('sw.open.submit')}
        actions={<ActionLink to={`/households/${householdId}`}>{t('action.cancel')}</ActionLink>}
      >
        <TextField {...f.bind('openedOn')} id="openedOn" type="date" label={t('sw.openedOn')} required />
        <TextAreaField {...f.bind('openReason')} id="openReason" label={t('sw.openReason')} required />
        <fieldset className="wide">
          <legend>{t('sw.problems')}</legend>
          <GroupError id="problems-error" error={f.errors.problems} />
          {HELP_REASONS.map((code) => (
            <CheckboxField
              key={code}
              id={`problem-${code}`}
              label={t(helpReasonKey(code))}
              checked={v.problems.includes(code)}
              onChecked={(on) => toggle(code, on)}
            />
          ))}
        </fieldset>
        <TextField {...f.bind('reviewDue')} id="reviewDue" type="date" label={t('sw.reviewDue')} required />
      </EditForm>
    </Page>
  );
}
