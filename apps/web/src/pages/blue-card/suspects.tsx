import { CompleteSuspect } from '@ostoja/domain/blue-card/procedure';
import type { Procedure, Suspect } from '@ostoja/domain/blue-card/responses';
import { useState } from 'react';
import { useI18n } from '../../app/i18n.tsx';
import { Alert } from '../../components/feedback.tsx';
import { DataTable } from '../../components/table.tsx';
import { todayIso } from '../../lib/format.ts';
import { newParticipant, ParticipantEditor, participantPayload } from './participant-editor.tsx';
import { StepForm, useStep } from './step-form.tsx';
import { DateInput } from './steps-basic.tsx';

/** The team identifies a suspect known by name only: a registered person or a new one. */
function CompleteForm({
  p,
  s,
  onDone,
  onCancel,
}: {
  p: Procedure;
  s: Suspect;
  onDone(p: Procedure): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const [person, setPerson] = useState(() => {
    const v = newParticipant('perpetrator');
    return { ...v, person: { ...v.person, firstName: s.firstName, surname: s.surname } };
  });
  const [on, setOn] = useState(todayIso());
  const { state, send } = useStep(
    CompleteSuspect,
    `/api/v1/blue-cards/${p.id}/suspects/${s.id}/completion`,
    onDone,
  );
  return (
    <StepForm
      title={t('blueCards.suspects.complete', { name: `${s.firstName} ${s.surname}` })}
      submitLabel={t('blueCards.suspects.save')}
      state={state}
      onSubmit={() => {
        const { role: _role, ...who } = participantPayload(person);
        send({ ...who, on });
      }}
      onCancel={onCancel}
    >
      <ParticipantEditor
        path=""
        legend={t('blueCards.suspects.identified')}
        value={person}
        onChange={setPerson}
        errors={state.errors}
      />
      <DateInput
        path="on"
        label={t('blueCards.step.addedOn')}
        value={on}
        onValue={setOn}
        errors={state.errors}
      />
    </StepForm>
  );
}

/** Persons suspected of violence known only by name (NK-A by the police): the record is incomplete until identified. */
export function SuspectsSection({ p, onDone }: { p: Procedure; onDone(p: Procedure): void }) {
  const { t, date } = useI18n();
  const [open, setOpen] = useState<string | null>(null);
  if (p.suspects.length === 0) return null;
  const canComplete = p.allowedActions.includes('addParticipant');
  const editing = p.suspects.find((s) => s.id === open);
  return (
    <section>
      <h2>{t('blueCards.suspects.title')}</h2>
      {p.incomplete ? <Alert kind="warning">{t('blueCards.suspects.incomplete')}</Alert> : null}
      <DataTable caption={t('blueCards.suspects.title')}>
        <thead>
          <tr>
            <th scope="col">{t('blueCards.suspects.name')}</th>
            <th scope="col">{t('blueCards.suspects.known')}</th>
            <th scope="col">{t('blueCards.suspects.state')}</th>
          </tr>
        </thead>
        <tbody>
          {p.suspects.map((s) => (
            <tr key={s.id}>
              <td>
                {s.firstName} {s.surname}
              </td>
              <td>
                {[s.birthDate ? date(s.birthDate) : null, s.address, s.description]
                  .filter(Boolean)
                  .join('; ') || '—'}
              </td>
              <td>
                {s.personId && s.completedOn ? (
                  t('blueCards.suspects.completedOn', { date: date(s.completedOn) })
                ) : canComplete ? (
                  <button type="button" className="button secondary" onClick={() => setOpen(s.id)}>
                    {t('blueCards.suspects.completeButton')}
                  </button>
                ) : (
                  t('blueCards.suspects.pending')
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      {editing ? (
        <CompleteForm
          p={p}
          s={editing}
          onCancel={() => setOpen(null)}
          onDone={(next) => {
            setOpen(null);
            onDone(next);
          }}
        />
      ) : null}
    </section>
  );
}
