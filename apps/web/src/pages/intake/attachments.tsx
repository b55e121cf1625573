import { FILE_TYPES, formatFileSize, UPLOAD_LIMITS } from '@ostoja/domain/portal/files';
import { useRef } from 'react';
import { ApiError } from '../../api/client.ts';
import { type IntakeProof, intakeApi } from '../../api/intake.ts';
import { useI18n } from '../../app/i18n.tsx';
import { precheck, uploadInParts } from '../portal/upload.ts';

const TAG = { pl: 'pl-PL', uk: 'uk-UA', en: 'en-GB' } as const;

export interface Chosen {
  key: number;
  file: File;
  /** Found before sending: a type or size the server would refuse. */
  problem: 'type' | 'size' | null;
  received: number;
  state: 'waiting' | 'sending' | 'done' | 'failed';
  error?: string;
}

let nextKey = 1;
export const choose = (files: FileList | File[]): Chosen[] =>
  [...files].map((file) => ({
    key: nextKey++,
    file,
    problem: precheck(file, UPLOAD_LIMITS.maxAttachmentBytes, FILE_TYPES),
    received: 0,
    state: 'waiting',
  }));

/**
 * Files to attach: a file input (PDF, JPEG, PNG; up to 5 files of 5 MB), the chosen files with a
 * remove button each, and — while they are sent — a progress bar per file.
 */
export function AttachmentsField({
  id,
  files,
  onFiles,
  room,
  disabled,
}: {
  id: string;
  files: Chosen[];
  onFiles(files: Chosen[]): void;
  /** How many more files the application can take. */
  room: number;
  disabled?: boolean;
}) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const tooMany = files.length > room;
  return (
    <div className={`field${tooMany ? ' has-error' : ''}`}>
      <label htmlFor={id}>{t('apply.files.label')}</label>
      <p id={`${id}-hint`} className="hint">
        {t('apply.files.hint', {
          max: UPLOAD_LIMITS.maxAttachments,
          mb: UPLOAD_LIMITS.maxAttachmentBytes / 1024 / 1024,
        })}
      </p>
      <input
        ref={input}
        id={id}
        type="file"
        multiple
        accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
        aria-describedby={`${id}-hint${tooMany ? ` ${id}-error` : ''}`}
        disabled={disabled}
        onChange={(e) => {
          if (e.target.files?.length) onFiles([...files, ...choose(e.target.files)]);
          // The same file can be chosen again after removing it.
          if (input.current) input.current.value = '';
        }}
      />
      {tooMany ? (
        <p id={`${id}-error`} className="field-error">
          {t('apply.files.tooMany', { max: room })}
        </p>
      ) : null}
      <ChosenFiles
        files={files}
        onRemove={disabled ? undefined : (key) => onFiles(files.filter((x) => x.key !== key))}
      />
    </div>
  );
}

/** The chosen files: name and size, a problem found before sending, progress while sent, remove. */
export function ChosenFiles({
  files,
  onRemove,
}: {
  files: Chosen[];
  onRemove?: ((key: number) => void) | undefined;
}) {
  const { t, locale } = useI18n();
  const size = (n: number) => formatFileSize(n, TAG[locale]);
  if (!files.length) return null;
  return (
    <ul className="file-list" aria-label={t('apply.files.chosen')}>
      {files.map((f) => (
        <li key={f.key}>
          <span>
            {f.file.name} ({size(f.file.size)})
          </span>
          {f.problem ? <span className="field-error">{t(`apply.files.problem.${f.problem}`)}</span> : null}
          {f.state === 'sending' || f.state === 'done' ? (
            <progress
              max={f.file.size}
              value={f.received}
              aria-label={t('apply.files.progress', { name: f.file.name })}
            />
          ) : null}
          {f.state !== 'waiting' ? <span role="status">{t(`apply.files.state.${f.state}`)}</span> : null}
          {f.error ? <span className="field-error">{f.error}</span> : null}
          {onRemove && (f.state === 'waiting' || f.state === 'failed') ? (
            <button type="button" className="button secondary small" onClick={() => onRemove(f.key)}>
              {t('action.remove')}
              <span className="visually-hidden"> {f.file.name}</span>
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/**
 * Sends the chosen files one by one to the application proven by reference and code; `update`
 * reports each file's progress and outcome. Files with a problem found beforehand are skipped.
 */
export async function sendAttachments(
  files: Chosen[],
  proof: IntakeProof,
  update: (key: number, patch: Partial<Chosen>) => void,
): Promise<void> {
  for (const f of files) {
    if (f.problem || f.state === 'done') continue;
    update(f.key, { state: 'sending', received: 0 });
    try {
      await uploadInParts(
        f.file,
        {
          first: (data, size) => intakeApi.startAttachment({ ...proof, fileName: f.file.name, size, data }),
          next: (id, offset, data) => intakeApi.addAttachmentPart(id, { ...proof, offset, data }),
        },
        (received) => update(f.key, { received }),
      );
      update(f.key, { state: 'done' });
    } catch (e) {
      const message = e instanceof ApiError ? (e.fields[0]?.message ?? e.message) : String(e);
      update(f.key, { state: 'failed', error: message });
    }
  }
}
