import { NEWS_KINDS } from '@ostoja/domain/portal/content';
import type { StaffNews } from '@ostoja/domain/portal/content-response';
import { useState } from 'react';
import { contentApi } from '../../../api/portal.ts';
import { useI18n } from '../../../app/i18n.tsx';
import { CheckboxField, fieldId, SelectField, TextField } from '../../../components/fields.tsx';
import { useRouteId } from '../../../components/kit/route-id.ts';
import { orNull } from '../../../lib/forms.ts';
import { useStaffNewsItem } from '../queries.ts';
import { ContentEditor, ContentForm, useContentForm } from './content-form.tsx';
import { newsSchema } from './schemas.ts';
import { type TextFieldDef, textsPayload, textsValue } from './translations-editor.tsx';

const FIELDS: TextFieldDef[] = [
  { name: 'title', label: 'content.news.f.title', required: true },
  { name: 'summary', label: 'content.news.f.summary', rows: 2 },
  { name: 'body', label: 'content.news.f.body', rows: 8, hint: 'content.textHint' },
];

const pad = (n: number) => String(n).padStart(2, '0');
/** An ISO moment as the value of <input type="datetime-local"> (the browser's local time). */
function localInput(iso: string | null): string {
  const d = iso ? new Date(iso) : new Date();
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

const values = (n?: StaffNews) => ({
  kind: n?.kind ?? 'news',
  publish: n ? n.publishedAt !== null : false,
  publishedAt: localInput(n?.publishedAt ?? null),
  validUntil: n?.validUntil ?? '',
  pinned: n?.pinned ?? false,
  texts: textsValue(FIELDS, n?.texts),
});

/** Adds or edits a news item or announcement: a draft, published now, or scheduled; pinned to the home page. */
export function NewsEditPage() {
  const id = useRouteId();
  const { t } = useI18n();
  const loaded = useStaffNewsItem(id, !!id);
  return (
    <ContentEditor
      loaded={id ? loaded : undefined}
      title={(n) => (n ? t('content.news.edit', { title: n.texts.pl?.title ?? '' }) : t('content.news.new'))}
    >
      {(n) => <NewsForm n={n} reload={() => loaded.refetch()} />}
    </ContentEditor>
  );
}

function NewsForm({ n, reload }: { n: StaffNews | undefined; reload(): void }) {
  const { t } = useI18n();
  // Whether to publish decides what the body needs, so it is kept beside the form's values.
  const [publish, setPublish] = useState(values(n).publish);
  const f = useContentForm({
    schema: newsSchema(n !== undefined, publish),
    values: () => values(n),
    version: n?.version,
    toBody: (v) => {
      const at = publish && v.publishedAt ? new Date(v.publishedAt) : null;
      return {
        kind: v.kind as StaffNews['kind'],
        texts: textsPayload(v.texts) as StaffNews['texts'],
        publishedAt: at && !Number.isNaN(at.getTime()) ? at.toISOString() : null,
        validUntil: orNull(v.validUntil),
        pinned: v.pinned,
        ...(n ? { version: n.version } : {}),
      };
    },
    save: (body) => (n ? contentApi.updateNews(n.id, body as never) : contentApi.createNews(body)),
    onReset: (v) => setPublish(v.publish),
  });

  return (
    <ContentForm
      form={f}
      reload={reload}
      removal={n ? { title: n.texts.pl?.title ?? '', remove: () => contentApi.deleteNews(n.id) } : undefined}
      fields={FIELDS}
      onTexts={(x) => f.form.setValue('texts', x)}
    >
      <fieldset className="group">
        <legend>{t('content.news.settings')}</legend>
        <SelectField
          {...f.bind('kind')}
          label={t('content.news.kind')}
          options={NEWS_KINDS.map((k) => ({ value: k, label: t(`newsKind.${k}`) }))}
          className="w-short"
        />
        <CheckboxField
          id={fieldId('publish')}
          label={t('content.news.publish')}
          hint={t('content.news.publishHint')}
          checked={publish}
          onChecked={setPublish}
        />
        {publish ? (
          <TextField
            {...f.bind('publishedAt')}
            label={t('content.news.publishedAt')}
            type="datetime-local"
            className="w-short"
          />
        ) : null}
        <TextField
          {...f.bind('validUntil')}
          label={t('content.news.validUntil')}
          hint={t('content.news.validUntilHint')}
          type="date"
          className="w-short"
        />
        <CheckboxField
          {...f.tick('pinned')}
          label={t('content.news.pinned')}
          hint={t('content.news.pinnedHint')}
        />
      </fieldset>
    </ContentForm>
  );
}
