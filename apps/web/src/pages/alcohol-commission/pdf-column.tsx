import type { Column } from '../../components/kit/column-table.tsx';

/** A column whose cell downloads the row's PDF (minutes, a protocol); the link names the row's date. */
export function pdfColumn<T>(
  key: string,
  header: string,
  label: string,
  date: (iso: string) => string,
  pdf: (row: T) => { url: string; file: string; on: string },
): Column<T> {
  return {
    key,
    header,
    cell: (row) => {
      const { url, file, on } = pdf(row);
      return (
        <a href={url} download={file}>
          {label}
          <span className="visually-hidden"> — {date(on)}</span>
        </a>
      );
    },
  };
}
