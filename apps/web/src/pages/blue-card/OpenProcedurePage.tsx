import { INITIATOR_KINDS, OpenBlueCard, VIOLENCE_FORMS } from '@ostoja/domain/blue-card/procedure';
import type { Role } from '@ostoja/domain/identity/roles';
import { useNavigate } from 'react-router-dom';
import type { z } from 'zod';
import { blueCardApi } from '../../api/blue-card.ts';
import { ApiError } from '../../api/client.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import {
  CheckboxField,
  CheckboxGroup,
  DateField,
  SelectField,
  TextAreaField,
  TextField,
} from '../../components/fields.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { Page } from '../../components/page.tsx';
import { todayIso } from '../../lib/format.ts';
import { orNull } from '../../lib/forms.ts';
import { BlueCardSections, withRole } from './common.tsx';
import { RowsGroup } from './member-rows.tsx';
import { newParticipant, ParticipantEditor, participantPayload } from './participant-editor.tsx';
import { useProcedureSaved } from './queries.ts';

/** Who the signed-in worker most likely opens as (they can change it). */
const KIND_OF_ROLE: Partial<Record<Role, (typeof INITIATOR_KINDS)[number]>> = {
  socialWorker: 'socialWorker',
  familyAssistant: 'familyAssistant',
  specialist: 'psychologist',
};

export function OpenProcedurePage() {
  const { t } = useI18n();
  const { me } = useAuth();
  const navigate = useNavigate();
  const role = me?.roles.find((r) => KIND_OF_ROLE[r]);
  const f = useEditForm({
    schema: OpenBlueCard,
    defaultValues: {
      initiator: {
        kind: (role && KIND_OF_ROLE[role]) ?? 'socialWorker',
        name: me?.fullName ?? '',
        institution: '',
      },
      openedOn: todayIso(),
      place: '',
      description: '',
      interventions: '',
      victimPresent: true,
      presenceNote: '',
      transferredToChairOn: '',
      violenceForms: [] as string[],
      participants: [newParticipant('victim'), newParticipant('perpetrator')],
      formB: true,
      // The police often know the person suspected of violence only by name: recorded as incomplete.
      suspectByName: false,
      suspects: [{ firstName: '', surname: '', birthDate: '', address: '', description: '' }],
    },
    toBody: (v) =>
      ({
        openedOn: v.openedOn,
        initiator: v.initiator,
        participants: v.participants.map(participantPayload),
        suspects: v.suspectByName
          ? v.suspects.map((s) => ({
              firstName: s.firstName,
              surname: s.surname,
              birthDate: s.birthDate || undefined,
              address: orNull(s.address),
              description: orNull(s.description),
            }))
          : [],
        place: orNull(v.place),
        violenceForms: v.violenceForms,
        description: v.description,
        interventions: orNull(v.interventions),
        victimPresent: v.victimPresent,
        presenceNote: v.victimPresent ? null : orNull(v.presenceNote),
        transferredToChairOn: v.transferredToChairOn || undefined,
      }) as z.input<typeof OpenBlueCard>,
    save: async (body) => {
      const opened = await blueCardApi.open(body);
      // NK-B is a step of its own on the server; a failure here leaves the opened procedure intact.
      // Each step answers the procedure, so the page opens on the last answer (with its NK-B forms).
      let p = opened;
      let formBProblem = '';
      if (f.values.formB)
        for (const victim of withRole(opened.participants, 'victim'))
          p = await blueCardApi
            .step(opened.id, 'form-b', { personId: victim.personId, on: body.openedOn })
            .catch((err: unknown) => {
              formBProblem = err instanceof ApiError ? err.message : String(err);
              return p;
            });
      return { p, formBProblem };
    },
    onSaved: ({ p, formBProblem }) => {
      saved(p);
      navigate(`/blue-cards/${p.id}`, { state: { created: true, formBProblem } });
    },
  });
  const saved = useProcedureSaved();
  const people = f.values.participants;
  const suspectField = (k: 'firstName' | 'surname' | 'birthDate' | 'address' | 'description') =>
    f.bind(`suspects.0.${k}`);

  return (
    <Page title={t('blueCards.open.title')} lead={t('blueCards.open.lead')}>
      <BlueCardSections />
      <EditForm form={f} submitLabel={t('blueCards.open.submit')}>
        <fieldset className="group">
          <legend>{t('blueCards.open.initiator')}</legend>
          <div className="field-row">
            <SelectField
              label={t('blueCards.open.initiatorKind')}
              options={INITIATOR_KINDS.map((k) => ({ value: k, label: t(`blueCard.initiator.${k}`) }))}
              required
              {...f.bind('initiator.kind')}
              onValue={(kind) => f.set('initiator.kind')(kind as (typeof INITIATOR_KINDS)[number])}
            />
            <TextField label={t('blueCards.open.initiatorName')} required {...f.bind('initiator.name')} />
            <TextField
              label={t('blueCards.open.initiatorInstitution')}
              required
              {...f.bind('initiator.institution')}
            />
          </div>
          <div className="field-row">
            <DateField {...f.bind('openedOn')} label={t('blueCards.open.openedOn')} />
            <TextField {...f.bind('place')} label={t('blueCards.open.place')} />
          </div>
        </fieldset>

        <RowsGroup
          path="participants"
          legend={t('blueCards.open.persons')}
          hint={t('blueCards.open.personsHint')}
          error={f.errors.participants}
          addLabel={t('blueCards.open.addPerson')}
          onAdd={() => f.set('participants')([...people, newParticipant('witness')])}
          after={
            <>
              <CheckboxField
                label={t('blueCards.suspects.byName')}
                hint={t('blueCards.suspects.byNameHint')}
                {...f.tick('suspectByName')}
              />
              {f.values.suspectByName ? (
                <fieldset className="group">
                  <legend>{t('blueCards.suspects.legend')}</legend>
                  <div className="field-row">
                    <TextField {...suspectField('firstName')} label={t('person.firstName')} required />
                    <TextField {...suspectField('surname')} label={t('person.surname')} required />
                    <DateField
                      {...suspectField('birthDate')}
                      label={t('person.birthDate')}
                      required={false}
                    />
                  </div>
                  <TextField
                    {...suspectField('address')}
                    label={t('blueCards.suspects.address')}
                    className="wide"
                  />
                  <TextAreaField
                    {...suspectField('description')}
                    label={t('blueCards.suspects.description')}
                  />
                </fieldset>
              ) : null}
            </>
          }
        >
          {people.map((p, i) => (
            <ParticipantEditor
              key={p.key}
              path={`participants.${i}.`}
              legend={t('blueCards.open.person', { n: i + 1 })}
              value={p}
              onChange={f.set(`participants.${i}`)}
              errors={f.errors}
              // Down to the victim alone: the police may know the suspect only by name (below).
              onRemove={
                people.length > 1 ? () => f.set('participants')(people.filter((_, j) => j !== i)) : undefined
              }
            />
          ))}
        </RowsGroup>

        <fieldset className="group">
          <legend>{t('blueCards.open.situation')}</legend>
          <CheckboxGroup
            className="group checkbox-group"
            legend={t('blueCards.open.violenceForms')}
            options={VIOLENCE_FORMS.map((f) => ({ value: f, label: t(`blueCard.violence.${f}`) }))}
            required
            {...f.bind('violenceForms')}
          />
          <TextAreaField
            label={t('blueCards.open.description')}
            hint={t('blueCards.open.descriptionHint')}
            required
            rows={6}
            {...f.bind('description')}
          />
          <TextAreaField label={t('blueCards.open.interventions')} {...f.bind('interventions')} />
          <CheckboxField label={t('blueCards.open.victimPresent')} {...f.tick('victimPresent')} />
          {f.values.victimPresent ? null : (
            <TextAreaField label={t('blueCards.open.presenceNote')} required {...f.bind('presenceNote')} />
          )}
        </fieldset>

        <fieldset className="group">
          <legend>{t('blueCards.open.afterwards')}</legend>
          <CheckboxField
            {...f.tick('formB')}
            id="form-b"
            label={t('blueCards.open.formB')}
            hint={t('blueCards.open.formBHint')}
          />
          <DateField
            {...f.bind('transferredToChairOn')}
            label={t('blueCards.open.transferredOn')}
            hint={t('blueCards.open.transferredOnHint')}
            required={false}
          />
        </fieldset>
      </EditForm>
    </Page>
  );
}
