import type { PointYear } from '@ostoja/domain/alcohol-commission/point';
import {
  AddGroup,
  AddGroupSession,
  AUDIENCES,
  GROUP_KINDS,
  type Group,
} from '@ostoja/domain/alcohol-commission/point';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { alcoholCommissionApi } from '../../api/alcohol-commission.ts';
import type { ApiError } from '../../api/client.ts';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError } from '../../components/feedback.tsx';
import { CountField, DateField, SelectField, TextField, YearField } from '../../components/fields.tsx';
import { ColumnTable } from '../../components/kit/column-table.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { Page, Section } from '../../components/page.tsx';
import { todayIso } from '../../lib/format.ts';
import { orNull } from '../../lib/forms.ts';
import { commissionKeys } from './queries.ts';

const num = (x: string) => (x.trim() === '' ? Number.NaN : Number(x));
const hours = (minutes: number) => Math.round((minutes / 60) * 10) / 10;

function GroupForm({ onSaved }: { onSaved(): void }) {
  const { t } = useI18n();
  const f = useEditForm({
    schema: AddGroup,
    defaultValues: {
      name: '',
      kind: 'support',
      audience: 'codependent',
      leader: '',
      startedOn: todayIso(),
      participants: '',
    },
    toBody: (v) => ({
      ...v,
      kind: v.kind as AddGroup['kind'],
      audience: v.audience as AddGroup['audience'],
      participants: num(v.participants),
    }),
    save: alcoholCommissionApi.addGroup,
    reset: true,
    onSaved: () => onSaved(),
  });
  return (
    <EditForm form={f} submitLabel={t('pik.group.add')}>
      <TextField label={t('pik.group.name')} required {...f.bind('name')} />
      <SelectField
        label={t('pik.group.kind')}
        options={GROUP_KINDS.map((k) => ({ value: k, label: t(`pik.group.kind.${k}`) }))}
        {...f.bind('kind')}
      />
      <SelectField
        label={t('pik.group.audience')}
        options={AUDIENCES.map((a) => ({ value: a, label: t(`pik.audience.${a}`) }))}
        {...f.bind('audience')}
      />
      <TextField label={t('pik.group.leader')} required {...f.bind('leader')} />
      <DateField label={t('pik.group.startedOn')} {...f.bind('startedOn')} />
      <CountField label={t('pik.group.participants')} required {...f.bind('participants')} />
    </EditForm>
  );
}

function SessionForm({ groups, onSaved }: { groups: Group[]; onSaved(): void }) {
  const { t } = useI18n();
  const [groupId, setGroupId] = useState(groups[0]?.id ?? '');
  const f = useEditForm({
    schema: AddGroupSession,
    defaultValues: { heldOn: todayIso(), minutes: '120', present: '', topic: '' },
    toBody: (v) => ({ ...v, minutes: num(v.minutes), present: num(v.present), topic: orNull(v.topic) }),
    save: (body) => alcoholCommissionApi.addGroupSession(groupId || (groups[0]?.id ?? ''), body),
    reset: true,
    onSaved: () => onSaved(),
  });
  return (
    <EditForm form={f} submitLabel={t('pik.session.add')}>
      <SelectField
        id="pik-session-group"
        label={t('pik.session.group')}
        value={groupId}
        onValue={setGroupId}
        options={groups.map((g) => ({ value: g.id, label: g.name }))}
      />
      <DateField label={t('pik.session.heldOn')} {...f.bind('heldOn')} />
      <CountField label={t('pik.session.minutes')} required {...f.bind('minutes')} />
      <CountField label={t('pik.session.present')} required {...f.bind('present')} />
      <TextField label={t('pik.session.topic')} {...f.bind('topic')} />
    </EditForm>
  );
}

/** The consultation point's year: consultations by kind (anonymous counted), the groups' hours. */
export function PointPage() {
  const { t } = useI18n();
  const client = useQueryClient();
  const [year, setYear] = useState(Number(todayIso().slice(0, 4)));
  const valid = year >= 2000 && year <= 2100;
  const figures = useQuery<PointYear, ApiError>({
    queryKey: [...commissionKeys.point, 'year', year],
    queryFn: ({ signal }) => alcoholCommissionApi.pointYear(year, signal),
    enabled: valid,
  });
  const groups = useQuery({
    queryKey: [...commissionKeys.point, 'groups', year],
    queryFn: ({ signal }) => alcoholCommissionApi.groups(year, signal),
    enabled: valid,
  });
  const saved = () => client.invalidateQueries({ queryKey: commissionKeys.point });
  const c = figures.data?.consultations;
  return (
    <Page title={t('pik.title')} lead={t('pik.lead')}>
      <YearField id="pik-year" label={t('pik.year')} year={year} onYear={setYear} />
      {figures.error ? <LoadError error={figures.error} onRetry={() => figures.refetch()} /> : null}
      {c && figures.data ? (
        <Section id="pik-kinds" title={t('pik.byKind')}>
          <p>
            {t('pik.consultations', {
              total: c.consultations.total,
              persons: c.persons,
              anonymous: c.anonymous,
            })}
          </p>
          <ColumnTable
            caption={t('pik.byKind')}
            compact
            rows={c.byKind}
            rowKey={(k) => `${k.kind}-${k.mode}`}
            columns={[
              {
                key: 'kind',
                header: t('pik.kind'),
                cell: (k) => `${t(`consultationKind.${k.kind}`)} (${t(`mode.${k.mode}`)})`,
              },
              { key: 'count', header: t('pik.count'), cell: (k) => k.consultations },
              { key: 'persons', header: t('pik.persons'), cell: (k) => k.persons },
            ]}
          />
          <p>
            {t('pik.groupsSummary', {
              ...figures.data.groups,
              hours: hours(figures.data.groups.minutes),
            })}
          </p>
        </Section>
      ) : null}
      <Section id="pik-groups" title={t('pik.groups')}>
        {groups.data?.items.length ? (
          <ColumnTable
            compact
            caption={t('pik.groups')}
            rows={groups.data.items}
            columns={[
              {
                key: 'name',
                header: t('pik.group.name'),
                cell: (g) => `${g.name} (${t(`pik.group.kind.${g.kind}`)})`,
              },
              {
                key: 'audience',
                header: t('pik.group.audience'),
                cell: (g) => t(`pik.audience.${g.audience}`),
              },
              { key: 'leader', header: t('pik.group.leader'), cell: (g) => g.leader },
              { key: 'participants', header: t('pik.group.participants'), cell: (g) => g.participants },
              { key: 'sessions', header: t('pik.group.sessions'), cell: (g) => g.sessions.length },
              { key: 'hours', header: t('pik.group.hours'), cell: (g) => hours(g.minutes) },
            ]}
          />
        ) : null}
        <details>
          <summary>{t('pik.group.add')}</summary>
          <GroupForm onSaved={saved} />
        </details>
        {groups.data?.items.length ? (
          <details>
            <summary>{t('pik.session.add')}</summary>
            <SessionForm groups={groups.data.items} onSaved={saved} />
          </details>
        ) : null}
      </Section>
    </Page>
  );
}
