import type { ReactNode } from 'react';

// A list of like rows a person adds and removes (the children of a self-check, the members of a
// household): one fieldset a row with its legend and a remove button while more than one is left,
// then the add button. The caller keeps the rows in its form and renders each row's fields.
export function RowFieldsets<T>({
  rows,
  onRows,
  blank,
  legend,
  removeLabel,
  addLabel,
  children,
}: {
  rows: readonly T[];
  onRows: (rows: T[]) => void;
  blank: T;
  legend: (n: number) => string;
  removeLabel: (n: number) => string;
  addLabel: string;
  children: (row: T, i: number) => ReactNode;
}) {
  return (
    <>
      {rows.map((row, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: one group per row, by position
        <fieldset key={i}>
          <legend>{legend(i + 1)}</legend>
          {children(row, i)}
          {rows.length > 1 ? (
            <button
              type="button"
              className="button secondary"
              onClick={() => onRows(rows.filter((_, j) => j !== i))}
            >
              {removeLabel(i + 1)}
            </button>
          ) : null}
        </fieldset>
      ))}
      <p>
        <button type="button" className="button secondary" onClick={() => onRows([...rows, blank])}>
          {addLabel}
        </button>
      </p>
    </>
  );
}
