import { AddTask, type CaseFile, type CaseTask } from '@ostoja/domain/social-work/case-file';
import { useMutation } from '@tanstack/react-query';
import type { ApiError } from '../../api/client.ts';
import { socialWorkApi } from '../../api/social-work.ts';
import { useI18n } from '../../app/i18n.tsx';
import { Alert } from '../../components/feedback.tsx';
import { TextField } from '../../components/fields.tsx';
import { DetailsForm } from '../../components/kit/details-form.tsx';
import { RowButton } from '../../components/kit/row-button.tsx';
import { todayIso } from '../../lib/format.ts';
import { useAddToCase } from './add-to-case.ts';
import { CaseRows } from './case-rows.tsx';
import { dueColumn } from './due-column.tsx';
import { useCaseFileSaved } from './queries.ts';

function DoneButton({ task, caseFileId }: { task: CaseTask; caseFileId: string }) {
  const { t, msg } = useI18n();
  const saved = useCaseFileSaved();
  const done = useMutation<CaseTask, ApiError>({
    mutationFn: () => socialWorkApi.completeTask(task.id, todayIso()),
    onSuccess: () => saved.changed(caseFileId),
  });
  return (
    <>
      <RowButton
        label={t('sw.task.done')}
        what={task.title}
        disabled={done.isPending}
        onClick={() => done.mutate()}
      />
      {done.error ? <Alert>{msg(done.error.message)}</Alert> : null}
    </>
  );
}

/** Tasks of the case with their due dates; open ones also show on the assignee's "Moja praca". */
export function TasksSection({ c, writable }: { c: CaseFile; writable: boolean }) {
  const { t, date } = useI18n();
  const saved = useCaseFileSaved();
  const f = useAddToCase(
    AddTask,
    () => ({ title: '', due: '' }),
    (body) => socialWorkApi.addTask(c.id, body),
    () => saved.changed(c.id),
  );
  const today = todayIso();
  return (
    <CaseRows
      c={c}
      name="tasks"
      columns={[
        dueColumn<CaseTask>({ t, date }, (task) => !task.doneOn && task.due < today),
        { key: 'title', header: t('sw.task.title'), cell: (task) => task.title },
        { key: 'assignee', header: t('sw.task.assignee'), cell: (task) => task.assignee.fullName },
        {
          key: 'state',
          header: t('sw.task.state'),
          cell: (task) =>
            task.doneOn ? (
              t('sw.task.doneOn', { date: date(task.doneOn) })
            ) : writable ? (
              <DoneButton task={task} caseFileId={c.id} />
            ) : (
              t('sw.task.open')
            ),
        },
      ]}
    >
      {writable ? (
        <DetailsForm summary={t('sw.task.add')} form={f}>
          <TextField {...f.bind('title')} id="task-title" label={t('sw.task.title')} required />
          <TextField {...f.bind('due')} id="task-due" type="date" label={t('sw.task.due')} required />
        </DetailsForm>
      ) : null}
    </CaseRows>
  );
}
