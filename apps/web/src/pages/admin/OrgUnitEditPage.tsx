import { ORG_UNIT_KINDS, type OrgUnit, OrgUnitInput, UpdateOrgUnit } from '@ostoja/domain/org/address';
import { type FormEvent, useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { useI18n } from '../../app/i18n.tsx';
import { Alert, ErrorSummary, LoadError, Loading } from '../../components/feedback.tsx';
import { fieldId, SelectField, TextField } from '../../components/fields.tsx';
import { Page } from '../../components/page.tsx';
import { NotFound } from '../../components/status-pages.tsx';
import { orNull, validate } from '../../lib/forms.ts';
import { useApi } from '../../lib/use-api.ts';
import { useSubmit } from '../../lib/use-submit.ts';
import { type HoursRow, OpeningHoursEditor, withKeys, withoutKeys } from './opening-hours.tsx';

const TEXT_KEYS = ['name', 'street', 'building', 'postalCode', 'city', 'phone', 'email'] as const;
type TextKey = (typeof TEXT_KEYS)[number];
type UnitValues = Record<TextKey | 'kind' | 'parentId' | 'officeId', string>;

const empty: UnitValues = {
  kind: 'office',
  name: '',
  parentId: '',
  officeId: '',
  street: '',
  building: '',
  postalCode: '',
  city: '',
  phone: '',
  email: '',
};

function fromUnit(u: OrgUnit): UnitValues {
  const v = { ...empty, kind: u.kind, parentId: u.parentId ?? '', officeId: u.officeId ?? '' };
  for (const k of TEXT_KEYS) v[k] = u[k] ?? '';
  return v;
}

export function OrgUnitEditPage() {
  const { id } = useParams();
  const isNew = !id;
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const units = useApi<{ items: OrgUnit[] }>('/api/v1/org-units');
  const unit = units.data?.items.find((u) => u.id === id);
  const [v, setV] = useState<UnitValues>(empty);
  const [hours, setHours] = useState<HoursRow[]>([]);
  const { state, run, invalid, reset } = useSubmit();

  useEffect(() => {
    if (unit) {
      setV(fromUnit(unit));
      setHours(withKeys(unit.openingHours));
    }
  }, [unit]);

  if (units.error) return <LoadError error={units.error} onRetry={units.reload} />;
  if (!units.data) return <Loading />;
  if (!isNew && !unit) return <NotFound />;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const body = {
      kind: v.kind,
      name: v.name,
      parentId: orNull(v.parentId),
      officeId: v.kind === 'fieldTeam' ? orNull(v.officeId) : null,
      ...Object.fromEntries(TEXT_KEYS.filter((k) => k !== 'name').map((k) => [k, orNull(v[k])])),
      openingHours: withoutKeys(hours),
      ...(isNew ? {} : { version: unit!.version }),
    };
    const checked = validate(isNew ? OrgUnitInput : UpdateOrgUnit, body, locale);
    if (!checked.ok) return invalid(checked.errors);
    await run(async () => {
      const saved = isNew
        ? await api.post<OrgUnit>('/api/v1/org-units', body)
        : await api.put<OrgUnit>(`/api/v1/org-units/${id}`, body);
      navigate('/admin/org-units', { state: { saved: saved.name } });
    });
  }

  const text = (k: TextKey) => ({
    id: fieldId(k),
    value: v[k],
    onValue: (value: string) => setV({ ...v, [k]: value }),
    error: state.errors[k],
  });
  const others = units.data.items.filter((u) => u.id !== id);
  return (
    <Page title={isNew ? t('orgUnits.new') : t('orgUnits.edit', { name: unit!.name })}>
      {state.code === 'versionConflict' ? (
        <Alert kind="warning" title={t('form.conflictTitle')} focus>
          <p>{state.message}</p>
          <button
            type="button"
            className="button secondary"
            onClick={() => {
              reset();
              units.reload();
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
          <TextField {...text('name')} label={t('orgUnit.name')} required className="wide" />
          <SelectField
            id={fieldId('kind')}
            label={t('orgUnit.kind')}
            value={v.kind}
            onValue={(kind) => setV({ ...v, kind })}
            options={ORG_UNIT_KINDS.map((k) => ({ value: k, label: t(`orgUnitKind.${k}`) }))}
            error={state.errors.kind}
            required
          />
        </div>
        <div className="field-row">
          <SelectField
            id={fieldId('parentId')}
            label={t('orgUnit.parent')}
            value={v.parentId}
            onValue={(parentId) => setV({ ...v, parentId })}
            options={[
              { value: '', label: t('form.none') },
              ...others.map((u) => ({ value: u.id, label: u.name })),
            ]}
            error={state.errors.parentId}
          />
          {v.kind === 'fieldTeam' ? (
            <SelectField
              id={fieldId('officeId')}
              label={t('orgUnit.office')}
              hint={t('orgUnit.officeHint')}
              value={v.officeId}
              onValue={(officeId) => setV({ ...v, officeId })}
              options={[
                { value: '', label: t('form.none') },
                ...others.filter((u) => u.kind === 'office').map((u) => ({ value: u.id, label: u.name })),
              ]}
              error={state.errors.officeId}
            />
          ) : null}
        </div>
        <fieldset className="group">
          <legend>{t('orgUnit.contact')}</legend>
          <div className="field-row">
            <TextField {...text('street')} label={t('address.street')} />
            <TextField {...text('building')} label={t('address.building')} className="w-short" />
          </div>
          <div className="field-row">
            <TextField {...text('postalCode')} label={t('address.postalCode')} className="w-short" />
            <TextField {...text('city')} label={t('address.city')} />
          </div>
          <div className="field-row">
            <TextField {...text('phone')} label={t('person.phone')} type="tel" />
            <TextField {...text('email')} label={t('person.email')} type="email" />
          </div>
        </fieldset>
        <OpeningHoursEditor rows={hours} onChange={setHours} errors={state.errors} />
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={state.busy}>
            {isNew ? t('orgUnits.create') : t('action.save')}
          </button>
          <Link to="/admin/org-units" className="button secondary">
            {t('action.cancel')}
          </Link>
        </div>
      </form>
    </Page>
  );
}
