import { INITIATOR_KINDS, OpenBlueCard, VIOLENCE_FORMS } from '@ostoja/domain/blue-card/procedure';
import type { Procedure } from '@ostoja/domain/blue-card/responses';
import type { Role } from '@ostoja/domain/identity/roles';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { ApiError, api } from '../../api/client.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { ErrorSummary } from '../../components/feedback.tsx';
import { CheckboxField, fieldId, GroupError, SelectField, TextField } from '../../components/fields.tsx';
import { Page } from '../../components/page.tsx';
import { todayIso } from '../../lib/format.ts';
import { orNull, validate } from '../../lib/forms.ts';
import { useSubmit } from '../../lib/use-submit.ts';
import { BlueCardSections, CheckboxGroup, TextAreaField, withRole } from './common.tsx';
import {
  newParticipant,
  ParticipantEditor,
  type ParticipantValues,
  participantPayload,
} from './participant-editor.tsx';

/** Who the signed-in worker most likely opens as (they can change it). */
const KIND_OF_ROLE: Partial<Record<Role, (typeof INITIATOR_KINDS)[number]>> = {
  socialWorker: 'socialWorker',
  familyAssistant: 'familyAssistant',
  specialist: 'psychologist',
};

export function OpenProcedurePage() {
  const { t, locale } = useI18n();
  const { me } = useAuth();
  const navigate = useNavigate();
  const { state, run, invalid } = useSubmit();
  const role = me?.roles.find((r) => KIND_OF_ROLE[r]);
  const [initiator, setInitiator] = useState({
    kind: (role && KIND_OF_ROLE[role]) ?? 'socialWorker',
    name: me?.fullName ?? '',
    institution: '',
  });
  const [v, setV] = useState({
    openedOn: todayIso(),
    place: '',
    description: '',
    interventions: '',
    victimPresent: true,
    presenceNote: '',
    transferredToChairOn: '',
  });
  const [violenceForms, setViolenceForms] = useState<string[]>([]);
  const [people, setPeople] = useState<ParticipantValues[]>(() => [
    newParticipant('victim'),
    newParticipant('perpetrator'),
  ]);
  const [formB, setFormB] = useState(true);
  // The police often know the person suspected of violence only by name: recorded as incomplete.
  const [suspect, setSuspect] = useState({
    on: false,
    firstName: '',
    surname: '',
    birthDate: '',
    address: '',
    description: '',
  });
  const suspectField = (k: 'firstName' | 'surname' | 'birthDate' | 'address' | 'description') => ({
    id: fieldId(`suspects.0.${k}`),
    value: suspect[k],
    onValue: (value: string) => setSuspect({ ...suspect, [k]: value }),
    error: state.errors[`suspects.0.${k}`],
  });

  const text = (k: 'openedOn' | 'place' | 'transferredToChairOn') => ({
    id: fieldId(k),
    value: v[k],
    onValue: (value: string) => setV({ ...v, [k]: value }),
    error: state.errors[k],
  });

  async function submit(e: FormEvent) {
    e.preventDefault();
    const body = {
      openedOn: v.openedOn,
      initiator,
      participants: people.map(participantPayload),
      suspects: suspect.on
        ? [
            {
              firstName: suspect.firstName,
              surname: suspect.surname,
              birthDate: suspect.birthDate || undefined,
              address: orNull(suspect.address),
              description: orNull(suspect.description),
            },
          ]
        : [],
      place: orNull(v.place),
      violenceForms,
      description: v.description,
      interventions: orNull(v.interventions),
      victimPresent: v.victimPresent,
      presenceNote: v.victimPresent ? null : orNull(v.presenceNote),
      transferredToChairOn: v.transferredToChairOn || undefined,
    };
    const checked = validate(OpenBlueCard, body, locale);
    if (!checked.ok) return invalid(checked.errors);
    await run(async () => {
      const p = await api.post<Procedure>('/api/v1/blue-cards', body);
      // NK-B is a step of its own on the server; a failure here leaves the opened procedure intact.
      let formBProblem = '';
      if (formB)
        for (const victim of withRole(p.participants, 'victim'))
          await api
            .post(`/api/v1/blue-cards/${p.id}/form-b`, { personId: victim.personId, on: v.openedOn })
            .catch((err: unknown) => {
              formBProblem = err instanceof ApiError ? err.message : String(err);
            });
      navigate(`/blue-cards/${p.id}`, { state: { created: true, formBProblem } });
    });
  }

  const setPerson = (i: number) => (p: ParticipantValues) =>
    setPeople(people.map((old, j) => (j === i ? p : old)));

  return (
    <Page title={t('blueCards.open.title')} lead={t('blueCards.open.lead')}>
      <BlueCardSections />
      <ErrorSummary errors={state.errors} message={state.message} version={state.attempt} />
      <form onSubmit={submit} noValidate className="form">
        <p className="hint">{t('form.requiredNote')}</p>
        <fieldset className="group">
          <legend>{t('blueCards.open.initiator')}</legend>
          <div className="field-row">
            <SelectField
              id={fieldId('initiator.kind')}
              label={t('blueCards.open.initiatorKind')}
              value={initiator.kind}
              onValue={(kind) => setInitiator({ ...initiator, kind: kind as typeof initiator.kind })}
              options={INITIATOR_KINDS.map((k) => ({ value: k, label: t(`blueCard.initiator.${k}`) }))}
              error={state.errors['initiator.kind']}
              required
            />
            <TextField
              id={fieldId('initiator.name')}
              label={t('blueCards.open.initiatorName')}
              value={initiator.name}
              onValue={(name) => setInitiator({ ...initiator, name })}
              error={state.errors['initiator.name']}
              required
            />
            <TextField
              id={fieldId('initiator.institution')}
              label={t('blueCards.open.initiatorInstitution')}
              value={initiator.institution}
              onValue={(institution) => setInitiator({ ...initiator, institution })}
              error={state.errors['initiator.institution']}
              required
            />
          </div>
          <div className="field-row">
            <TextField {...text('openedOn')} label={t('blueCards.open.openedOn')} type="date" required />
            <TextField {...text('place')} label={t('blueCards.open.place')} />
          </div>
        </fieldset>

        <fieldset
          className="group"
          id={fieldId('participants')}
          tabIndex={-1}
          aria-describedby={state.errors.participants ? `${fieldId('participants')}-error` : undefined}
        >
          <legend>{t('blueCards.open.persons')}</legend>
          <p className="hint">{t('blueCards.open.personsHint')}</p>
          <GroupError id={`${fieldId('participants')}-error`} error={state.errors.participants} />
          {people.map((p, i) => (
            <ParticipantEditor
              key={p.key}
              path={`participants.${i}.`}
              legend={t('blueCards.open.person', { n: i + 1 })}
              value={p}
              onChange={setPerson(i)}
              errors={state.errors}
              onRemove={people.length > 2 ? () => setPeople(people.filter((_, j) => j !== i)) : undefined}
            />
          ))}
          <button
            type="button"
            className="button secondary"
            onClick={() => setPeople([...people, newParticipant('witness')])}
          >
            {t('blueCards.open.addPerson')}
          </button>
          <CheckboxField
            id={fieldId('suspectByName')}
            label={t('blueCards.suspects.byName')}
            hint={t('blueCards.suspects.byNameHint')}
            checked={suspect.on}
            onChecked={(on) => setSuspect({ ...suspect, on })}
          />
          {suspect.on ? (
            <fieldset className="group">
              <legend>{t('blueCards.suspects.legend')}</legend>
              <div className="field-row">
                <TextField {...suspectField('firstName')} label={t('person.firstName')} required />
                <TextField {...suspectField('surname')} label={t('person.surname')} required />
                <TextField
                  {...suspectField('birthDate')}
                  label={t('person.birthDate')}
                  type="date"
                  className="w-short"
                />
              </div>
              <TextField
                {...suspectField('address')}
                label={t('blueCards.suspects.address')}
                className="wide"
              />
              <TextAreaField {...suspectField('description')} label={t('blueCards.suspects.description')} />
            </fieldset>
          ) : null}
        </fieldset>

        <fieldset className="group">
          <legend>{t('blueCards.open.situation')}</legend>
          <CheckboxGroup
            id={fieldId('violenceForms')}
            legend={t('blueCards.open.violenceForms')}
            options={VIOLENCE_FORMS.map((f) => ({ value: f, label: t(`blueCard.violence.${f}`) }))}
            values={violenceForms}
            onValues={setViolenceForms}
            error={state.errors.violenceForms}
            required
          />
          <TextAreaField
            id={fieldId('description')}
            label={t('blueCards.open.description')}
            hint={t('blueCards.open.descriptionHint')}
            value={v.description}
            onValue={(description) => setV({ ...v, description })}
            error={state.errors.description}
            required
            rows={6}
          />
          <TextAreaField
            id={fieldId('interventions')}
            label={t('blueCards.open.interventions')}
            value={v.interventions}
            onValue={(interventions) => setV({ ...v, interventions })}
            error={state.errors.interventions}
          />
          <CheckboxField
            id={fieldId('victimPresent')}
            label={t('blueCards.open.victimPresent')}
            checked={v.victimPresent}
            onChecked={(victimPresent) => setV({ ...v, victimPresent })}
          />
          {v.victimPresent ? null : (
            <TextAreaField
              id={fieldId('presenceNote')}
              label={t('blueCards.open.presenceNote')}
              value={v.presenceNote}
              onValue={(presenceNote) => setV({ ...v, presenceNote })}
              error={state.errors.presenceNote}
              required
            />
          )}
        </fieldset>

        <fieldset className="group">
          <legend>{t('blueCards.open.afterwards')}</legend>
          <CheckboxField
            id="form-b"
            label={t('blueCards.open.formB')}
            hint={t('blueCards.open.formBHint')}
            checked={formB}
            onChecked={setFormB}
          />
          <TextField
            {...text('transferredToChairOn')}
            label={t('blueCards.open.transferredOn')}
            hint={t('blueCards.open.transferredOnHint')}
            type="date"
          />
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={state.busy}>
            {t('blueCards.open.submit')}
          </button>
        </div>
      </form>
    </Page>
  );
}
