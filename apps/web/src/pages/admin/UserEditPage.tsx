import { CreateStaffUser, ROLES, type Role, type StaffUser, UpdateStaffUser } from '@ostoja/domain';
import type { OrgUnit } from '@ostoja/domain/org/address';
import { type FormEvent, useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { useI18n } from '../../app/i18n.tsx';
import { Alert, ErrorSummary, LoadError, Loading } from '../../components/feedback.tsx';
import { CheckboxField, fieldId, GroupError, SelectField, TextField } from '../../components/fields.tsx';
import { Page } from '../../components/page.tsx';
import { orNull, validate } from '../../lib/forms.ts';
import { useApi } from '../../lib/use-api.ts';
import { useSubmit } from '../../lib/use-submit.ts';

interface UserValues {
  login: string;
  fullName: string;
  email: string;
  orgUnitId: string;
  roles: Role[];
  isActive: boolean;
  jobTitle: string;
  authorisationNumber: string;
  password: string;
  note: string;
}

const empty: UserValues = {
  login: '',
  fullName: '',
  email: '',
  orgUnitId: '',
  roles: [],
  isActive: true,
  jobTitle: '',
  authorisationNumber: '',
  password: '',
  note: '',
};

function fromUser(u: StaffUser): UserValues {
  return {
    ...empty,
    ...u,
    email: u.email ?? '',
    orgUnitId: u.orgUnitId ?? '',
    jobTitle: u.jobTitle ?? '',
    authorisationNumber: u.authorisationNumber ?? '',
  };
}

export function UserEditPage() {
  const { id } = useParams();
  const isNew = !id;
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const user = useApi<StaffUser>(isNew ? null : `/api/v1/users/${id}`);
  const units = useApi<{ items: OrgUnit[] }>('/api/v1/org-units');
  const [v, setV] = useState<UserValues>(empty);
  const { state, run, invalid, reset } = useSubmit();

  useEffect(() => {
    if (user.data) setV(fromUser(user.data));
  }, [user.data]);

  if (user.error) return <LoadError error={user.error} onRetry={user.reload} />;
  if (!isNew && !user.data) return <Loading />;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const common = {
      login: v.login,
      fullName: v.fullName,
      email: orNull(v.email),
      orgUnitId: orNull(v.orgUnitId),
      roles: v.roles,
      isActive: v.isActive,
      jobTitle: orNull(v.jobTitle),
      authorisationNumber: orNull(v.authorisationNumber),
    };
    const body = isNew
      ? { ...common, password: v.password }
      : { ...common, version: user.data!.version, password: v.password || undefined, note: v.note };
    const checked = validate(isNew ? CreateStaffUser : UpdateStaffUser, body, locale);
    if (!checked.ok) return invalid(checked.errors);
    await run(async () => {
      const saved = isNew
        ? await api.post<StaffUser>('/api/v1/users', body)
        : await api.put<StaffUser>(`/api/v1/users/${id}`, body);
      navigate('/admin/users', { state: { saved: saved.fullName } });
    });
  }

  const text = (
    k: 'login' | 'fullName' | 'email' | 'password' | 'note' | 'jobTitle' | 'authorisationNumber',
  ) => ({
    id: fieldId(k),
    value: v[k],
    onValue: (value: string) => setV({ ...v, [k]: value }),
    error: state.errors[k],
  });
  const toggleRole = (r: Role, on: boolean) =>
    setV({ ...v, roles: on ? [...v.roles, r] : v.roles.filter((x) => x !== r) });

  return (
    <Page title={isNew ? t('users.new') : t('users.edit', { name: user.data!.fullName })}>
      {state.code === 'versionConflict' ? (
        <Alert kind="warning" title={t('form.conflictTitle')} focus>
          <p>{state.message}</p>
          <button
            type="button"
            className="button secondary"
            onClick={() => {
              reset();
              user.reload();
            }}
          >
            {t('action.reloadLatest')}
          </button>
        </Alert>
      ) : (
        <ErrorSummary errors={state.errors} message={state.message} version={state.attempt} />
      )}
      <form onSubmit={submit} noValidate className="form">
        <p className="hint">{t('form.requiredNote')}</p>
        <div className="field-row">
          <TextField {...text('fullName')} label={t('user.fullName')} required autoComplete="off" />
          <TextField
            {...text('login')}
            label={t('user.login')}
            hint={t('user.loginHint')}
            required
            autoComplete="off"
            spellCheck={false}
          />
        </div>
        <div className="field-row">
          <TextField {...text('email')} label={t('user.email')} type="email" autoComplete="off" />
          <SelectField
            id={fieldId('orgUnitId')}
            label={t('user.orgUnit')}
            value={v.orgUnitId}
            onValue={(orgUnitId) => setV({ ...v, orgUnitId })}
            error={state.errors.orgUnitId}
            options={[
              { value: '', label: t('form.none') },
              ...(units.data?.items ?? []).map((u) => ({ value: u.id, label: u.name })),
            ]}
          />
        </div>
        <div className="field-row">
          <TextField {...text('jobTitle')} label={t('user.jobTitle')} hint={t('user.jobTitleHint')} />
          <TextField
            {...text('authorisationNumber')}
            label={t('user.authorisationNumber')}
            hint={t('user.authorisationNumberHint')}
            autoComplete="off"
          />
        </div>
        <fieldset
          className="group checkbox-group"
          id={fieldId('roles')}
          tabIndex={-1}
          aria-describedby={state.errors.roles ? `${fieldId('roles')}-error` : undefined}
        >
          <legend>
            {t('user.roles')}
            <span className="required" aria-hidden="true">
              {' '}
              *
            </span>
          </legend>
          <GroupError id={`${fieldId('roles')}-error`} error={state.errors.roles} />
          {ROLES.map((r) => (
            <CheckboxField
              key={r}
              id={`role-${r}`}
              label={t(`role.${r}`)}
              checked={v.roles.includes(r)}
              onChecked={(on) => toggleRole(r, on)}
            />
          ))}
        </fieldset>
        <CheckboxField
          id={fieldId('isActive')}
          label={t('user.isActiveLabel')}
          hint={t('user.isActiveHint')}
          checked={v.isActive}
          onChecked={(isActive) => setV({ ...v, isActive })}
        />
        <TextField
          {...text('password')}
          label={isNew ? t('user.password') : t('user.newPassword')}
          hint={isNew ? t('user.passwordHint') : t('user.newPasswordHint')}
          type="password"
          autoComplete="new-password"
          required={isNew}
        />
        {!isNew ? <TextField {...text('note')} label={t('user.note')} hint={t('user.noteHint')} /> : null}
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={state.busy}>
            {isNew ? t('users.create') : t('action.save')}
          </button>
          <Link to="/admin/users" className="button secondary">
            {t('action.cancel')}
          </Link>
        </div>
      </form>
    </Page>
  );
}
