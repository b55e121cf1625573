import { ROLES, type Role } from '@ostoja/domain/identity/roles';
import { CreateStaffUser, type StaffUser, UpdateStaffUser } from '@ostoja/domain/identity/staff-user';
import { useNavigate, useParams } from 'react-router-dom';
import type { z } from 'zod';
import { adminApi } from '../../api/admin.ts';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError, Loading } from '../../components/feedback.tsx';
import { CheckboxField, fieldId, GroupError, SelectField, TextField } from '../../components/fields.tsx';
import { CodeField } from '../../components/kit/code-field.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { useResetOnVersion } from '../../components/kit/use-reset-on-version.ts';
import { AdminFormPage } from './admin-form.tsx';
import { type UserValues, userBody } from './bodies.ts';
import { useAdminSaved, useOrgUnits, useUser } from './queries.ts';

function valuesOf(u: StaffUser | undefined): UserValues {
  return {
    login: u?.login ?? '',
    fullName: u?.fullName ?? '',
    email: u?.email ?? '',
    orgUnitId: u?.orgUnitId ?? '',
    roles: u?.roles ?? [],
    isActive: u?.isActive ?? true,
    jobTitle: u?.jobTitle ?? '',
    authorisationNumber: u?.authorisationNumber ?? '',
    password: '',
    note: '',
  };
}

export function UserEditPage() {
  const { id } = useParams();
  const user = useUser(id);
  if (id && user.error) return <LoadError error={user.error} onRetry={() => user.refetch()} />;
  if (id && !user.data) return <Loading />;
  return <UserForm key={id ?? 'new'} user={user.data} reload={() => user.refetch()} />;
}

function UserForm({ user, reload }: { user: StaffUser | undefined; reload(): void }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const saved = useAdminSaved();
  const units = useOrgUnits();
  const f = useEditForm({
    schema: user ? UpdateStaffUser : CreateStaffUser,
    defaultValues: valuesOf(user),
    toBody: (v) => userBody(v, user),
    save: (body) =>
      user
        ? adminApi.updateUser(user.id, body as z.input<typeof UpdateStaffUser>)
        : adminApi.createUser(body as z.input<typeof CreateStaffUser>),
    onSaved: (next) => {
      saved.user(next);
      navigate('/admin/users', { state: { saved: next.fullName } });
    },
  });
  useResetOnVersion(f, user?.version, () => valuesOf(user));

  const v = f.values;
  const toggleRole = (r: Role, on: boolean) =>
    f.form.setValue('roles', on ? [...v.roles, r] : v.roles.filter((x) => x !== r));

  return (
    <AdminFormPage list="users" base="/admin/users" editing={user?.fullName} form={f} onReload={reload}>
      <div className="field-row">
        <TextField {...f.bind('fullName')} label={t('user.fullName')} required autoComplete="off" />
        <CodeField {...f.bind('login')} label={t('user.login')} hint={t('user.loginHint')} required />
      </div>
      <div className="field-row">
        <TextField {...f.bind('email')} label={t('user.email')} type="email" autoComplete="off" />
        <SelectField
          {...f.bind('orgUnitId')}
          label={t('user.orgUnit')}
          options={[
            { value: '', label: t('form.none') },
            ...(units.data?.items ?? []).map((u) => ({ value: u.id, label: u.name })),
          ]}
        />
      </div>
      <div className="field-row">
        <TextField {...f.bind('jobTitle')} label={t('user.jobTitle')} hint={t('user.jobTitleHint')} />
        <TextField
          {...f.bind('authorisationNumber')}
          label={t('user.authorisationNumber')}
          hint={t('user.authorisationNumberHint')}
          autoComplete="off"
        />
      </div>
      <fieldset
        className="group checkbox-group"
        id={fieldId('roles')}
        tabIndex={-1}
        aria-describedby={f.errors.roles ? `${fieldId('roles')}-error` : undefined}
      >
        <legend>
          {t('user.roles')}
          <span className="required" aria-hidden="true">
            {' '}
            *
          </span>
        </legend>
        <GroupError id={`${fieldId('roles')}-error`} error={f.errors.roles} />
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
      <CheckboxField {...f.tick('isActive')} label={t('user.isActiveLabel')} hint={t('user.isActiveHint')} />
      <TextField
        {...f.bind('password')}
        label={user ? t('user.newPassword') : t('user.password')}
        hint={user ? t('user.newPasswordHint') : t('user.passwordHint')}
        type="password"
        autoComplete="new-password"
        required={!user}
      />
      {user ? <TextField {...f.bind('note')} label={t('user.note')} hint={t('user.noteHint')} /> : null}
    </AdminFormPage>
  );
}
