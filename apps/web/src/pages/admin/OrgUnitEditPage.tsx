import { ORG_UNIT_KINDS, OrgUnitInput, UpdateOrgUnit } from '@ostoja/domain/org/address';
import { useNavigate, useParams } from 'react-router-dom';
import type { z } from 'zod';
import { adminApi, type OrgUnit } from '../../api/admin.ts';
import { useI18n } from '../../app/i18n.tsx';
import { fieldId, SelectField, TextField } from '../../components/fields.tsx';
import { Pending } from '../../components/kit/pending.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { useResetOnVersion } from '../../components/kit/use-reset-on-version.ts';
import { NotFound } from '../../components/status-pages.tsx';
import { orNull } from '../../lib/forms.ts';
import { AdminFormPage } from './admin-form.tsx';
import { type HoursRow, OpeningHoursEditor, withKeys, withoutKeys } from './opening-hours.tsx';
import { useAdminSaved, useOrgUnits } from './queries.ts';

const TEXT_KEYS = ['name', 'street', 'building', 'postalCode', 'city', 'phone', 'email'] as const;
type TextKey = (typeof TEXT_KEYS)[number];
type UnitValues = Record<TextKey | 'parentId' | 'officeId', string> & {
  kind: OrgUnit['kind'];
  hours: HoursRow[];
};

function valuesOf(u: OrgUnit | undefined): UnitValues {
  const v = {
    kind: u?.kind ?? 'office',
    parentId: u?.parentId ?? '',
    officeId: u?.officeId ?? '',
    hours: withKeys(u?.openingHours ?? []),
  } as UnitValues;
  for (const k of TEXT_KEYS) v[k] = u?.[k] ?? '';
  return v;
}

export function OrgUnitEditPage() {
  const { id } = useParams();
  const units = useOrgUnits();
  if (units.error || !units.data) return <Pending query={units} />;
  const unit = units.data.items.find((u) => u.id === id);
  if (id && !unit) return <NotFound />;
  return (
    <UnitForm
      key={id ?? 'new'}
      unit={unit}
      others={units.data.items.filter((u) => u.id !== id)}
      reload={() => units.refetch()}
    />
  );
}

function UnitForm({
  unit,
  others,
  reload,
}: {
  unit: OrgUnit | undefined;
  others: OrgUnit[];
  reload(): void;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const saved = useAdminSaved();
  const f = useEditForm({
    schema: unit ? UpdateOrgUnit : OrgUnitInput,
    defaultValues: valuesOf(unit),
    toBody: (v) => ({
      kind: v.kind,
      name: v.name,
      parentId: orNull(v.parentId),
      officeId: v.kind === 'fieldTeam' ? orNull(v.officeId) : null,
      street: orNull(v.street),
      building: orNull(v.building),
      postalCode: orNull(v.postalCode),
      city: orNull(v.city),
      phone: orNull(v.phone),
      email: orNull(v.email),
      openingHours: withoutKeys(v.hours),
      ...(unit ? { version: unit.version } : {}),
    }),
    save: (body) =>
      unit
        ? adminApi.updateOrgUnit(unit.id, body as z.input<typeof UpdateOrgUnit>)
        : adminApi.createOrgUnit(body),
    onSaved: (next) => {
      saved.orgUnits();
      navigate('/admin/org-units', { state: { saved: next.name } });
    },
  });
  useResetOnVersion(f, unit?.version, () => valuesOf(unit));

  const v = f.values;
  const none = { value: '', label: t('form.none') };
  return (
    <AdminFormPage list="orgUnits" base="/admin/org-units" editing={unit?.name} form={f} onReload={reload}>
      <div className="field-row">
        <TextField {...f.bind('name')} label={t('orgUnit.name')} required className="wide" />
        <SelectField
          id={fieldId('kind')}
          label={t('orgUnit.kind')}
          value={v.kind}
          onValue={(kind) => f.form.setValue('kind', kind as OrgUnit['kind'])}
          options={ORG_UNIT_KINDS.map((k) => ({ value: k, label: t(`orgUnitKind.${k}`) }))}
          error={f.errors.kind}
          required
        />
      </div>
      <div className="field-row">
        <SelectField
          {...f.bind('parentId')}
          label={t('orgUnit.parent')}
          options={[none, ...others.map((u) => ({ value: u.id, label: u.name }))]}
        />
        {v.kind === 'fieldTeam' ? (
          <SelectField
            {...f.bind('officeId')}
            label={t('orgUnit.office')}
            hint={t('orgUnit.officeHint')}
            options={[
              none,
              ...others.filter((u) => u.kind === 'office').map((u) => ({ value: u.id, label: u.name })),
            ]}
          />
        ) : null}
      </div>
      <fieldset className="group">
        <legend>{t('orgUnit.contact')}</legend>
        <div className="field-row">
          <TextField {...f.bind('street')} label={t('address.street')} />
          <TextField {...f.bind('building')} label={t('address.building')} className="w-short" />
        </div>
        <div className="field-row">
          <TextField {...f.bind('postalCode')} label={t('address.postalCode')} className="w-short" />
          <TextField {...f.bind('city')} label={t('address.city')} />
        </div>
        <div className="field-row">
          <TextField {...f.bind('phone')} label={t('person.phone')} type="tel" />
          <TextField {...f.bind('email')} label={t('person.email')} type="email" />
        </div>
      </fieldset>
      <OpeningHoursEditor
        rows={v.hours}
        onChange={(hours) => f.form.setValue('hours', hours)}
        errors={f.errors}
      />
    </AdminFormPage>
  );
}
