import './payments.css';
import type { Locale } from '@ostoja/domain';
import { type ReactNode, useMemo, useState } from 'react';
import { ApiError, errorOf, send } from '../../api/client.ts';
import { useI18n } from '../../app/i18n.tsx';
import { Alert } from '../../components/feedback.tsx';
import type { Column } from '../../components/kit/paged-table.tsx';
import { todayIso } from '../../lib/format.ts';

// Small pieces the payment screens share: month names, amounts typed in złoty, and file
// downloads (bank files, receipts, reports, exports).

const INTL_TAG: Record<Locale, string> = { pl: 'pl-PL', uk: 'uk-UA', en: 'en-GB' };

export const currentMonth = () => todayIso().slice(0, 7);

/** "2026-11" → "listopad 2026", in the UI language. */
export function useMonthName() {
  const { locale } = useI18n();
  return useMemo(() => {
    const f = new Intl.DateTimeFormat(INTL_TAG[locale], { month: 'long', year: 'numeric', timeZone: 'UTC' });
    return (month: string) => f.format(new Date(`${month}-01T00:00:00Z`));
  }, [locale]);
}

/**
 * An amount typed in złoty ("1 234,56", "1234.5") as integer grosze; null when empty, NaN when
 * it is not an amount (the form reports it beside the field).
 */
export function parseZloty(text: string): number | null {
  const s = text
    .replace(/[\s\u00a0]/g, '')
    .replace(/zł$/i, '')
    .replace(',', '.');
  if (s === '') return null;
  if (!/^\d+(\.\d{1,2})?$/.test(s)) return Number.NaN;
  return Math.round(Number(s) * 100);
}

/** A sortable amount column of a kit table (right-aligned by payments.css). */
export function useMoneyColumn<T>() {
  const { money } = useI18n();
  return (key: string, header: string, value: (row: T) => number): Column<T> => ({
    key,
    header,
    cell: (row) => money(value(row)),
    sortValue: value,
    className: 'nowrap money',
  });
}

/** An amount cell: right-aligned, never broken across lines. */
export function MoneyCell({ grosze }: { grosze: number }) {
  const { money } = useI18n();
  return (
    <td className="nowrap" style={{ textAlign: 'right' }}>
      {money(grosze)}
    </td>
  );
}

export function MoneyHead({ children }: { children: ReactNode }) {
  return (
    <th scope="col" style={{ textAlign: 'right' }}>
      {children}
    </th>
  );
}

export interface Downloaded {
  filename: string;
  size: number;
}

/**
 * Fetches a file the API answers (a bank file needs a POST, so a plain link will not do) and
 * hands it to the browser as a download, under the name the server gave it.
 */
export async function downloadFile(
  method: 'GET' | 'POST',
  path: string,
  locale: Locale,
  body?: unknown,
): Promise<Downloaded> {
  const res = await send(method, path, locale, body);
  if (!res.ok) throw errorOf(res, await res.json().catch(() => null));
  const blob = await res.blob();
  const disposition = res.headers.get('content-disposition') ?? '';
  const filename = /filename="([^"]+)"/.exec(disposition)?.[1] ?? 'plik';
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  // The browser has taken the file by then; the object URL would otherwise live as long as the page.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { filename, size: blob.size };
}

/** A button that downloads a file; says so while it works, and what went wrong if it failed. */
export function FileButton({
  label,
  method = 'GET',
  path,
  body,
  onDone,
  primary = false,
  describedBy,
  messages = {},
  fullName,
}: {
  label: string;
  method?: 'GET' | 'POST';
  path: string;
  body?: unknown;
  onDone?(d: Downloaded): void;
  primary?: boolean;
  describedBy?: string;
  /** What to say instead of the server's words for an HTTP status (404: "the day is not closed"). */
  messages?: Record<number, string>;
  /** The accessible name where the label alone would be ambiguous (one button per table row). */
  fullName?: string;
}) {
  const { t, locale } = useI18n();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');
  async function go() {
    setBusy(true);
    setProblem('');
    try {
      // Not `onDone?.(await …)`: without onDone that would skip the download itself.
      const file = await downloadFile(method, path, locale, body);
      onDone?.(file);
    } catch (e) {
      const err = e instanceof ApiError ? e : new ApiError(0, 'network', '');
      setProblem(
        err.status === 0
          ? t('error.network')
          : (messages[err.status] ?? (err.message || t('pay.downloadFailed'))),
      );
    } finally {
      setBusy(false);
    }
  }
  return (
    <>
      <button
        type="button"
        className={`button ${primary ? 'primary' : 'secondary'}`}
        onClick={go}
        disabled={busy}
        aria-describedby={describedBy}
        aria-label={busy ? undefined : fullName}
      >
        {busy ? t('pay.downloading') : label}
      </button>
      {problem ? <Alert title={t('pay.downloadFailed')}>{<p>{problem}</p>}</Alert> : null}
    </>
  );
}
