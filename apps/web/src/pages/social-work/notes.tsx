import { AddNote, type CaseFile, type CaseNote, NOTE_KINDS } from '@ostoja/domain/social-work/case-file';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { socialWorkApi } from '../../api/social-work.ts';
import { useI18n } from '../../app/i18n.tsx';
import { SelectField, TextAreaField, TextField } from '../../components/fields.tsx';
import { dateColumn } from '../../components/kit/columns.ts';
import { DetailsForm } from '../../components/kit/details-form.tsx';
import { ListTable } from '../../components/kit/paged-table.tsx';
import { useCursorQuery } from '../../components/kit/use-cursor-query.ts';
import { Section } from '../../components/page.tsx';
import { todayIso } from '../../lib/format.ts';
import { useAddToCase } from './add-to-case.ts';
import { socialWorkKeys } from './queries.ts';

/** Dated notes of contacts, newest first, searchable by text (each read is logged by the server). */
export function NotesSection({ c, writable }: { c: CaseFile; writable: boolean }) {
  const { t, date } = useI18n();
  const client = useQueryClient();
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  const list = useCursorQuery<CaseNote>(socialWorkKeys.notes(c.id, q), (after, signal) =>
    socialWorkApi.notes(c.id, { q: q || undefined, after }, signal),
  );
  const empty = () => ({ contactOn: todayIso(), kind: 'visit' as CaseNote['kind'], body: '' });
  const f = useAddToCase(
    AddNote,
    empty,
    (body) => socialWorkApi.addNote(c.id, body),
    () => client.invalidateQueries({ queryKey: ['case-files', c.id, 'notes'] }),
  );
  const search = (e: FormEvent) => {
    e.preventDefault();
    setQ(typed.trim());
  };
  return (
    <Section id="sw-notes" title={t('sw.notes')}>
      <search>
        <form onSubmit={search} className="inline-form">
          <TextField
            id="note-search"
            type="search"
            label={t('sw.notes.search')}
            value={typed}
            onValue={setTyped}
          />
          <button type="submit" className="button secondary">
            {t('action.search')}
          </button>
        </form>
      </search>
      <ListTable
        empty={t('sw.notes.empty')}
        caption={t('sw.notes')}
        list={list}
        columns={[
          dateColumn('contactOn', t('sw.note.contactOn'), date, 'on'),
          { key: 'kind', header: t('sw.note.kind'), cell: (n) => t(`sw.noteKind.${n.kind}`) },
          { key: 'body', header: t('sw.note.body'), cell: (n) => n.body },
          { key: 'author', header: t('sw.note.author'), cell: (n) => n.author.fullName },
        ]}
      />
      {writable ? (
        <DetailsForm summary={t('sw.note.add')} form={f}>
          <TextField
            {...f.bind('contactOn')}
            id="note-contactOn"
            type="date"
            label={t('sw.note.contactOn')}
            required
          />
          <SelectField
            id="note-kind"
            label={t('sw.note.kind')}
            required
            value={f.values.kind}
            onValue={(x) => f.form.setValue('kind', x as CaseNote['kind'])}
            options={NOTE_KINDS.map((k) => ({ value: k, label: t(`sw.noteKind.${k}`) }))}
            error={f.errors.kind}
          />
          <TextAreaField {...f.bind('body')} id="note-body" label={t('sw.note.body')} required rows={4} />
        </DetailsForm>
      ) : null}
    </Section>
  );
}
