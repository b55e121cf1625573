import { RowButton } from './row-button.tsx';

/**
 * The small red button that takes one row out of a list or a form ("Usuń"); a screen reader hears
 * which row after the dash ("Usuń — poniedziałek 8:00–16:00"), the eye sees it in the row.
 */
export function RemoveButton({ label, what, onClick }: { label: string; what: string; onClick(): void }) {
  return <RowButton tone="danger" label={label} what={what} onClick={onClick} />;
}
