import { LOCALES } from '@ostoja/domain';
import {
  SPECIALIST_KINDS,
  SpecialistInput,
  type SpecialistKind,
  UpdateSpecialist,
} from '@ostoja/domain/counselling/specialist';
import { counsellingApi, type SetupSpecialist } from '../../api/counselling.ts';
import { useI18n } from '../../app/i18n.tsx';
import { CheckboxField, fieldId, TextField } from '../../components/fields.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { ListSelect } from '../../components/kit/list-select.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { TextAreaField } from '../../components/portal-fields.tsx';
import { prefixed } from './prefixed.ts';

const NATIVE = { pl: 'Polski', uk: 'Українська', en: 'English' } as const;

/** Adds a specialist or edits one: kind, the name residents see, the description in three languages. */
export function SpecialistForm({
  specialist,
  onSaved,
  onCancel,
}: {
  specialist: SetupSpecialist | null;
  onSaved(): void;
  onCancel?: () => void;
}) {
  const { t } = useI18n();
  const prefix = `sp-${specialist?.id ?? 'new'}`;
  const f = useEditForm({
    // A new specialist has no version yet; an edit carries the one the coordinator saw.
    schema: (specialist ? UpdateSpecialist : SpecialistInput) as typeof UpdateSpecialist,
    defaultValues: {
      kind: (specialist?.kind ?? 'psychologist') as SpecialistKind,
      publicName: specialist?.publicName ?? '',
      active: specialist?.active ?? true,
      consultationPoint: specialist?.consultationPoint ?? false,
      texts: Object.fromEntries(LOCALES.map((l) => [l, specialist?.texts?.[l]?.description ?? ''])),
    },
    toBody: (v) => {
      // Translations are optional; a description only in Polish is served to everyone in Polish.
      const given = LOCALES.filter((l) => v.texts[l]?.trim());
      return {
        kind: v.kind,
        publicName: v.publicName,
        staffUserId: specialist?.staffUserId ?? null,
        texts: v.texts.pl?.trim()
          ? (Object.fromEntries(given.map((l) => [l, { description: v.texts[l]!.trim() }])) as never)
          : null,
        active: v.active,
        consultationPoint: v.consultationPoint,
        ...((specialist ? { version: specialist.version } : {}) as { version: number }),
      };
    },
    save: (body) =>
      specialist ? counsellingApi.updateSpecialist(specialist.id, body) : counsellingApi.addSpecialist(body),
    onSaved,
    idPrefix: `${prefix}.`,
  });
  const v = f.values;

  return (
    <div className="inline-panel">
      <p className="alert-title">
        {specialist ? t('couns.setup.editSpecialist') : t('couns.setup.addSpecialist')}
      </p>
      <EditForm
        form={prefixed(prefix, f)}
        submitLabel={t('action.save')}
        requiredNote={false}
        actions={
          onCancel ? (
            <button type="button" className="button secondary" onClick={onCancel}>
              {t('action.cancel')}
            </button>
          ) : null
        }
      >
        <div className="field-row">
          <ListSelect
            {...f.bind('kind')}
            label={t('couns.setup.kind')}
            values={SPECIALIST_KINDS}
            prefix="specialistKind"
          />
          <TextField
            {...f.bind('publicName')}
            label={t('couns.setup.publicName')}
            hint={t('couns.setup.publicNameHint')}
            required
            className="wide"
          />
        </div>
        {LOCALES.map((l) => (
          <TextAreaField
            key={l}
            id={fieldId(`${prefix}.texts.${l}.description`)}
            label={`${t('couns.setup.description')} — ${NATIVE[l]}`}
            lang={l}
            value={v.texts[l] ?? ''}
            onValue={(text) => f.form.setValue('texts', { ...v.texts, [l]: text })}
            error={f.errors[`texts.${l}.description`]}
            rows={3}
          />
        ))}
        <CheckboxField
          {...f.tick('active')}
          label={t('couns.setup.active')}
          hint={t('couns.setup.activeHint')}
        />
        <CheckboxField {...f.tick('consultationPoint')} label={t('couns.setup.consultationPoint')} />
      </EditForm>
    </div>
  );
}
