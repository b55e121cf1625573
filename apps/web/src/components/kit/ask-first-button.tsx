import { type ComponentProps, useState } from 'react';
import { ConfirmDialog } from './confirm-dialog.tsx';

/**
 * A button whose action is asked once more in a `ConfirmDialog` (its `title`, `busy` and `children`),
 * red unless `danger={false}` (then a secondary button and a primary answer). `onConfirm` gets `close`.
 * The question's open state is the button's own, unless `open` and `onOpenChange` hold it outside
 * (to hide an error while the question is asked). `paragraph` puts the button in a `<p>`.
 */
export function AskFirstButton({
  label,
  confirmLabel = label,
  danger = true,
  disabled,
  paragraph,
  open,
  onOpenChange,
  onConfirm,
  ...dialog
}: Omit<ComponentProps<typeof ConfirmDialog>, 'open' | 'confirmLabel' | 'onConfirm' | 'onCancel'> & {
  label: string;
  confirmLabel?: string;
  disabled?: boolean;
  paragraph?: boolean;
  open?: boolean;
  onOpenChange?(open: boolean): void;
  onConfirm(close: () => void): void;
}) {
  const [own, setOwn] = useState(false);
  const asking = open ?? own;
  const setAsking = onOpenChange ?? setOwn;
  const close = () => setAsking(false);
  const button = (
    <button
      type="button"
      className={`button ${danger ? 'danger' : 'secondary'}`}
      disabled={disabled}
      onClick={() => setAsking(true)}
    >
      {label}
    </button>
  );
  return (
    <>
      {paragraph ? <p>{button}</p> : button}
      <ConfirmDialog
        {...dialog}
        open={asking}
        confirmLabel={confirmLabel}
        danger={danger}
        onConfirm={() => onConfirm(close)}
        onCancel={close}
      />
    </>
  );
}
