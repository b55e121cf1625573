/**
 * The small red button that takes one row out of a list or a form ("Usuń"); a screen reader hears
 * which row after the dash ("Usuń — poniedziałek 8:00–16:00"), the eye sees it in the row.
 */
export function RemoveButton({ label, what, onClick }: { label: string; what: string; onClick(): void }) {
  return (
    <button type="button" className="button danger small" onClick={onClick}>
      {label}
      <span className="visually-hidden"> — {what}</span>
    </button>
  );
}
