import {
  HELP_CATEGORIES,
  HelpFormInput,
  ONLINE_FORMS,
  SELF_CHECKS,
  UpdateHelpForm,
} from '@ostoja/domain/portal/content';
import type { StaffHelpForm } from '@ostoja/domain/portal/content-response';
import { contentApi } from '../../../api/portal.ts';
import { useI18n } from '../../../app/i18n.tsx';
import {
  CheckboxField,
  CheckboxGroup,
  CountField,
  SelectField,
  TextField,
} from '../../../components/fields.tsx';
import { useRouteId } from '../../../components/kit/route-id.ts';
import { useOffices, useStaffHelpForm } from '../queries.ts';
import { ContentEditor, ContentForm, useContentForm } from './content-form.tsx';
import { type TextFieldDef, textsPayload, textsValue } from './translations-editor.tsx';

const FIELDS: TextFieldDef[] = [
  { name: 'title', label: 'content.help.f.title', required: true },
  { name: 'summary', label: 'content.help.f.summary', rows: 2 },
  { name: 'description', label: 'content.help.f.description', rows: 6, hint: 'content.textHint' },
  { name: 'eligibility', label: 'content.help.f.eligibility', rows: 4, hint: 'content.textHint' },
  { name: 'whatToBring', label: 'content.help.f.whatToBring', rows: 4, hint: 'content.textHint' },
  { name: 'howToApply', label: 'content.help.f.howToApply', rows: 3, hint: 'content.textHint' },
];

const values = (h?: StaffHelpForm) => ({
  slug: h?.slug ?? '',
  category: h?.category ?? 'cash',
  selfCheck: h?.selfCheck ?? '',
  onlineForm: h?.onlineForm ?? '',
  sortOrder: String(h?.sortOrder ?? 100),
  published: h?.published ?? false,
  officeIds: h?.officeIds ?? [],
  texts: textsValue(FIELDS, h?.texts),
});

/** Adds or edits a form of help: the catalogue entry in three languages, where it is arranged. */
export function HelpFormEditPage() {
  const id = useRouteId();
  const { t } = useI18n();
  const loaded = useStaffHelpForm(id, !!id);
  return (
    <ContentEditor
      loaded={id ? loaded : undefined}
      title={(h) =>
        h ? t('content.help.edit', { title: h.texts.pl?.title ?? h.slug }) : t('content.help.new')
      }
    >
      {(h) => <HelpFormForm h={h} reload={() => loaded.refetch()} />}
    </ContentEditor>
  );
}

function HelpFormForm({ h, reload }: { h: StaffHelpForm | undefined; reload(): void }) {
  const { t } = useI18n();
  const offices = useOffices();
  const f = useContentForm({
    schema: h ? UpdateHelpForm : HelpFormInput,
    values: () => values(h),
    version: h?.version,
    toBody: (v) => ({
      slug: v.slug,
      category: v.category as StaffHelpForm['category'],
      texts: textsPayload(v.texts) as StaffHelpForm['texts'],
      officeIds: v.officeIds,
      selfCheck: (v.selfCheck || null) as StaffHelpForm['selfCheck'],
      onlineForm: (v.onlineForm || null) as StaffHelpForm['onlineForm'],
      sortOrder: Number(v.sortOrder),
      published: v.published,
      ...(h ? { version: h.version } : {}),
    }),
    save: (body) => (h ? contentApi.updateHelpForm(h.id, body as never) : contentApi.createHelpForm(body)),
  });

  return (
    <ContentForm
      form={f}
      reload={reload}
      removal={
        h ? { title: h.texts.pl?.title ?? h.slug, remove: () => contentApi.deleteHelpForm(h.id) } : undefined
      }
      fields={FIELDS}
      onTexts={(x) => f.form.setValue('texts', x)}
    >
      <fieldset className="group">
        <legend>{t('content.help.settings')}</legend>
        <div className="field-row">
          <TextField
            {...f.bind('slug')}
            label={t('content.help.slug')}
            hint={t('content.help.slugHint')}
            required
          />
          <SelectField
            {...f.bind('category')}
            label={t('content.help.category')}
            options={HELP_CATEGORIES.map((c) => ({ value: c, label: t(`helpCategory.${c}`) }))}
          />
        </div>
        <div className="field-row">
          <SelectField
            {...f.bind('selfCheck')}
            label={t('content.help.selfCheck')}
            options={[
              { value: '', label: t('form.none') },
              ...SELF_CHECKS.map((s) => ({ value: s, label: t(`selfCheck.benefit.${s}`) })),
            ]}
          />
          <SelectField
            {...f.bind('onlineForm')}
            label={t('content.help.onlineForm')}
            options={[
              { value: '', label: t('form.none') },
              ...ONLINE_FORMS.map((k) => ({
                value: k,
                label:
                  k === 'largeFamilyCard'
                    ? t('content.help.onlineForm.largeFamilyCard')
                    : t(`intakeHelp.${k}`),
              })),
            ]}
          />
          <CountField
            {...f.bind('sortOrder')}
            label={t('content.help.sortOrder')}
            hint={t('content.help.sortOrderHint')}
          />
        </div>
        <CheckboxGroup
          {...f.bind('officeIds')}
          legend={t('content.help.offices')}
          grid
          options={(offices.data?.offices ?? []).map((o) => ({ value: o.id, label: o.name }))}
        />
        <CheckboxField
          {...f.tick('published')}
          label={t('content.published')}
          hint={t('content.publishedHint')}
        />
      </fieldset>
    </ContentForm>
  );
}
