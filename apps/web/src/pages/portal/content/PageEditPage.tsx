import { COMPLIANCE, PAGE_KEYS, type PageKey } from '@ostoja/domain/portal/content';
import type { StaffPage } from '@ostoja/domain/portal/content-response';
import { useParams } from 'react-router-dom';
import { contentApi } from '../../../api/portal.ts';
import { useI18n } from '../../../app/i18n.tsx';
import { CheckboxField, DateField } from '../../../components/fields.tsx';
import { NoneSelect } from '../../../components/kit/none-select.tsx';
import { NotFound } from '../../../components/status-pages.tsx';
import { orNull } from '../../../lib/forms.ts';
import { useStaffPage } from '../queries.ts';
import { ContentEditor, ContentForm, useContentForm } from './content-form.tsx';
import { pageSchema } from './schemas.ts';
import { type TextFieldDef, textsPayload, textsValue } from './translations-editor.tsx';

const FIELDS: TextFieldDef[] = [
  { name: 'title', label: 'content.page.f.title', required: true },
  { name: 'body', label: 'content.page.f.body', rows: 14, hint: 'content.textHint' },
];

const values = (p: StaffPage) => ({
  texts: textsValue(FIELDS, p.texts),
  published: p.published ?? true,
  sitePublishedOn: p.sitePublishedOn ?? '',
  preparedOn: p.preparedOn ?? '',
  compliance: p.compliance ?? '',
});

const isPageKey = (key: string): key is PageKey => (PAGE_KEYS as readonly string[]).includes(key);

/** The accessibility statement (with its dates and compliance status) or the contact page. */
export function PageEditPage() {
  const { key = '' } = useParams();
  const { t } = useI18n();
  const known = isPageKey(key);
  const loaded = useStaffPage(known ? key : 'contact', known);
  if (!known) return <NotFound />;
  return (
    <ContentEditor
      loaded={loaded}
      title={() => t(`content.page.${key === 'accessibility' ? 'accessibility' : 'contact'}`)}
    >
      {(p) => (p ? <PageForm pageKey={key} p={p} reload={() => loaded.refetch()} /> : null)}
    </ContentEditor>
  );
}

function PageForm({ pageKey, p, reload }: { pageKey: PageKey; p: StaffPage; reload(): void }) {
  const { t } = useI18n();
  const statement = pageKey === 'accessibility';
  const f = useContentForm({
    schema: pageSchema(pageKey),
    values: () => values(p),
    version: p.version,
    toBody: (v) => ({
      texts: textsPayload(v.texts) as NonNullable<StaffPage['texts']>,
      published: v.published,
      ...(statement
        ? {
            sitePublishedOn: orNull(v.sitePublishedOn),
            preparedOn: orNull(v.preparedOn),
            compliance: (v.compliance || null) as StaffPage['compliance'],
          }
        : {}),
      version: p.version ?? null,
    }),
    save: (body) => contentApi.savePage(pageKey, body),
  });

  return (
    <ContentForm form={f} reload={reload} fields={FIELDS} onTexts={(x) => f.form.setValue('texts', x)}>
      {statement ? (
        <fieldset className="group">
          <legend>{t('content.page.statement')}</legend>
          <div className="field-row">
            <DateField {...f.bind('sitePublishedOn')} label={t('portal.a11y.published')} />
            <DateField {...f.bind('preparedOn')} label={t('portal.a11y.prepared')} />
          </div>
          <NoneSelect
            {...f.bind('compliance')}
            label={t('portal.a11y.status')}
            none={t('form.choose')}
            options={COMPLIANCE.map((c) => ({ value: c, label: t(`compliance.${c}`) }))}
            required
          />
        </fieldset>
      ) : null}
      <CheckboxField {...f.tick('published')} label={t('content.published')} />
    </ContentForm>
  );
}
