import { AddPlanItem, type CaseFile } from '@ostoja/domain/social-work/case-file';
import { socialWorkApi } from '../../api/social-work.ts';
import { useI18n } from '../../app/i18n.tsx';
import { TextAreaField, TextField } from '../../components/fields.tsx';
import { DetailsForm } from '../../components/kit/details-form.tsx';
import { useAddToCase } from './add-to-case.ts';
import { CaseRows } from './case-rows.tsx';
import { useCaseFileSaved } from './queries.ts';

const EMPTY = { goal: '', action: '', who: '', byWhen: '', expectedEffect: '' };

/** Plan pomocy: goals with the action, who does it, by when and the expected effect. */
export function PlanSection({ c, writable }: { c: CaseFile; writable: boolean }) {
  const { t, date } = useI18n();
  const saved = useCaseFileSaved();
  const f = useAddToCase(
    AddPlanItem,
    () => EMPTY,
    (body) => socialWorkApi.addPlanItem(c.id, body),
    (next) => saved.caseFile(next),
  );
  const field = (k: keyof typeof EMPTY, area = false) => {
    const props = { ...f.bind(k), id: `plan-${k}`, label: t(`sw.plan.${k}`), required: true };
    return area ? (
      <TextAreaField {...props} rows={2} />
    ) : (
      <TextField {...props} type={k === 'byWhen' ? 'date' : 'text'} />
    );
  };
  return (
    <CaseRows
      c={c}
      name="plan"
      columns={[
        { key: 'goal', header: t('sw.plan.goal'), cell: (p) => p.goal },
        { key: 'action', header: t('sw.plan.action'), cell: (p) => p.action },
        { key: 'who', header: t('sw.plan.who'), cell: (p) => p.who },
        { key: 'byWhen', header: t('sw.plan.byWhen'), className: 'nowrap', cell: (p) => date(p.byWhen) },
        { key: 'expectedEffect', header: t('sw.plan.expectedEffect'), cell: (p) => p.expectedEffect },
      ]}
    >
      {writable ? (
        <DetailsForm summary={t('sw.plan.add')} form={f}>
          {field('goal', true)}
          {field('action', true)}
          {field('who')}
          {field('byWhen')}
          {field('expectedEffect', true)}
        </DetailsForm>
      ) : null}
    </CaseRows>
  );
}
