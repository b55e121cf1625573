import {
  AddInspection,
  AddPermitOpinion,
  AddSellerTraining,
  INSPECTION_RESULTS,
  OPINIONS,
  PERMIT_KINDS,
  PREMISES,
  type Shop,
} from '@ostoja/domain/alcohol-commission/permits';
import type { FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import { alcoholCommissionApi } from '../../api/alcohol-commission.ts';
import { useI18n } from '../../app/i18n.tsx';
import {
  CheckboxGroup,
  CountField,
  DateField,
  SelectField,
  TextAreaField,
  TextField,
} from '../../components/fields.tsx';
import { ColumnTable } from '../../components/kit/column-table.tsx';
import { DetailsForm } from '../../components/kit/details-form.tsx';
import { Pending } from '../../components/kit/pending.tsx';
import { useRouteId } from '../../components/kit/route-id.ts';
import { RowsSection } from '../../components/kit/rows-section.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { Page, Section } from '../../components/page.tsx';
import { todayIso } from '../../lib/format.ts';
import { orNull } from '../../lib/forms.ts';
import { OpinionBadge } from './PermitsPage.tsx';
import { pdfColumn } from './pdf-column.tsx';
import { useCommissionSaved, useShop } from './queries.ts';

const num = (x: string) => (x.trim() === '' ? Number.NaN : Number(x));

/** A form that adds to the sale point's record: it starts again after a save, and the shop is refreshed. */
function useShopForm<V extends FieldValues, S extends z.ZodType>(
  shop: Shop,
  o: {
    schema: S;
    defaultValues: V;
    toBody(v: V): z.input<S>;
    save(id: string, body: z.input<S>): Promise<Shop>;
  },
) {
  const saved = useCommissionSaved();
  return useEditForm({ ...o, save: (body) => o.save(shop.id, body), reset: true, onSaved: saved.shop });
}

function OpinionForm({ shop }: { shop: Shop }) {
  const { t } = useI18n();
  const f = useShopForm(shop, {
    schema: AddPermitOpinion,
    defaultValues: {
      appliedOn: '',
      applicationNumber: '',
      kinds: [] as string[],
      premises: 'off',
      validFrom: '',
      validTo: '',
      distanceM: '',
      opinionOn: todayIso(),
      opinion: 'positive',
      reason: '',
    },
    toBody: (v) => ({
      ...v,
      kinds: v.kinds as AddPermitOpinion['kinds'],
      premises: v.premises as AddPermitOpinion['premises'],
      opinion: v.opinion as AddPermitOpinion['opinion'],
      distanceM: num(v.distanceM),
      reason: orNull(v.reason),
    }),
    save: alcoholCommissionApi.addOpinion,
  });
  return (
    <DetailsForm summary={t('ac.opinion.add')} form={f}>
      <DateField label={t('ac.opinion.appliedOn')} {...f.bind('appliedOn')} />
      <TextField label={t('ac.opinion.applicationNumber')} required {...f.bind('applicationNumber')} />
      <CheckboxGroup
        legend={t('ac.opinion.kinds')}
        required
        options={PERMIT_KINDS.map((k) => ({ value: k, label: t(`ac.kind.${k}`) }))}
        {...f.bind('kinds')}
      />
      <SelectField
        label={t('ac.opinion.premises')}
        options={PREMISES.map((p) => ({ value: p, label: t(`ac.premises.${p}`) }))}
        {...f.bind('premises')}
      />
      <DateField label={t('ac.opinion.validFrom')} {...f.bind('validFrom')} />
      <DateField label={t('ac.opinion.validTo')} {...f.bind('validTo')} />
      <CountField label={t('ac.opinion.distance')} required {...f.bind('distanceM')} />
      <DateField label={t('ac.opinion.on')} {...f.bind('opinionOn')} />
      <SelectField
        label={t('ac.opinion.opinion')}
        options={OPINIONS.map((o) => ({ value: o, label: t(`ac.opinion.${o}`) }))}
        {...f.bind('opinion')}
      />
      <TextAreaField label={t('ac.opinion.reason')} {...f.bind('reason')} />
    </DetailsForm>
  );
}

function InspectionForm({ shop }: { shop: Shop }) {
  const { t } = useI18n();
  const f = useShopForm(shop, {
    schema: AddInspection,
    defaultValues: {
      on: todayIso(),
      inspectors: '',
      findings: '',
      result: 'compliant',
      recommendations: '',
    },
    toBody: (v) => ({
      ...v,
      result: v.result as AddInspection['result'],
      recommendations: orNull(v.recommendations),
    }),
    save: alcoholCommissionApi.addInspection,
  });
  return (
    <DetailsForm summary={t('ac.inspection.add')} form={f}>
      <DateField label={t('ac.inspection.on')} {...f.bind('on')} />
      <TextField label={t('ac.inspection.inspectors')} required {...f.bind('inspectors')} />
      <TextAreaField label={t('ac.inspection.findings')} required {...f.bind('findings')} />
      <SelectField
        label={t('ac.inspection.result')}
        options={INSPECTION_RESULTS.map((r) => ({ value: r, label: t(`ac.inspection.${r}`) }))}
        {...f.bind('result')}
      />
      <TextAreaField label={t('ac.inspection.recommendations')} {...f.bind('recommendations')} />
    </DetailsForm>
  );
}

function TrainingForm({ shop }: { shop: Shop }) {
  const { t } = useI18n();
  const f = useShopForm(shop, {
    schema: AddSellerTraining,
    defaultValues: { on: todayIso(), topic: '', participants: '' },
    toBody: (v) => ({ ...v, participants: num(v.participants) }),
    save: alcoholCommissionApi.addSellerTraining,
  });
  return (
    <DetailsForm summary={t('ac.sellerTraining.add')} form={f}>
      <DateField label={t('ac.sellerTraining.on')} {...f.bind('on')} />
      <TextField label={t('ac.sellerTraining.topic')} required {...f.bind('topic')} />
      <CountField label={t('ac.sellerTraining.participants')} required {...f.bind('participants')} />
    </DetailsForm>
  );
}

/** A sale point: its permit opinions with the limit checks, inspections with protocols, training. */
export function ShopPage() {
  const id = useRouteId();
  const { t, date } = useI18n();
  const q = useShop(id);
  if (q.error || !q.data) return <Pending query={q} />;
  const s = q.data;
  return (
    <Page title={s.name} lead={`${s.address} · ${s.operator} · NIP ${s.nip}`}>
      <RowsSection<Shop['opinions'][number]>
        id="ac-shop-opinions"
        title={t('ac.opinions.title')}
        rows={s.opinions}
        empty={t('ac.opinions.none')}
        compact
        columns={[
          { key: 'on', header: t('ac.opinion.on'), cell: (o) => date(o.opinionOn) },
          {
            key: 'kinds',
            header: t('ac.opinion.kinds'),
            cell: (o) => `${o.kinds.join(', ')} — ${t(`ac.premises.${o.premises}`)}`,
          },
          {
            key: 'period',
            header: t('ac.opinion.period'),
            cell: (o) => `${date(o.validFrom)} – ${date(o.validTo)}`,
            className: 'nowrap',
          },
          {
            key: 'limits',
            header: t('ac.opinion.limits'),
            cell: (o) =>
              o.limits
                .map((l) => `${l.kind}: ${l.inForce} / ${l.limit ?? t('ac.opinion.noLimit')}`)
                .join('; '),
          },
          {
            key: 'distance',
            header: t('ac.opinion.distance'),
            cell: (o) => `${o.distanceM} m${o.minDistanceM !== null ? ` (min. ${o.minDistanceM} m)` : ''}`,
          },
          {
            key: 'opinion',
            header: t('ac.opinion.opinion'),
            cell: (o) => (
              <>
                <OpinionBadge o={o} />
                {o.reason ? ` ${o.reason}` : ''}
              </>
            ),
          },
        ]}
      >
        <OpinionForm shop={s} />
      </RowsSection>
      <Section id="ac-shop-inspections" title={t('ac.inspections')}>
        {s.inspections.length ? (
          <ColumnTable
            compact
            caption={t('ac.inspections')}
            rows={s.inspections}
            columns={[
              { key: 'on', header: t('ac.inspection.on'), cell: (i) => date(i.on) },
              { key: 'inspectors', header: t('ac.inspection.inspectors'), cell: (i) => i.inspectors },
              {
                key: 'result',
                header: t('ac.inspection.result'),
                cell: (i) => t(`ac.inspection.${i.result}`),
              },
              pdfColumn<Shop['inspections'][number]>(
                'protocol',
                t('ac.inspection.protocol'),
                t('ac.inspection.protocolPdf'),
                date,
                (i) => ({
                  url: alcoholCommissionApi.protocolUrl(i.id),
                  file: `kontrola-${i.on}.pdf`,
                  on: i.on,
                }),
              ),
            ]}
          />
        ) : null}
        <InspectionForm shop={s} />
      </Section>
      <Section id="ac-shop-trainings" title={t('ac.sellerTrainings')}>
        {s.trainings.length ? (
          <ul>
            {s.trainings.map((x) => (
              <li key={x.id}>
                {date(x.on)} — {x.topic} ({t('ac.sellerTraining.count', { n: x.participants })})
              </li>
            ))}
          </ul>
        ) : null}
        <TrainingForm shop={s} />
      </Section>
    </Page>
  );
}
