import { useI18n } from '../../app/i18n.tsx';
import { type Column, ColumnTable } from '../../components/kit/column-table.tsx';
import type { UiKey } from '../../i18n/keys.ts';

/** A list of the page whose heading and caption are blueCards.X.title and blueCards.X.caption. */
type TopicOf<K> = K extends `blueCards.${infer A}.title`
  ? `blueCards.${A}.caption` extends UiKey
    ? A
    : never
  : never;
export type RecordTopic = TopicOf<UiKey>;

/** The heading and the table's caption: by the list's topic, or given. */
type Texts =
  | { topic: RecordTopic; title?: never; caption?: never }
  | { topic?: never; title: string; caption: string };

/** The rows' key: given, or the row's id where the rows have one. */
type RowKey<T> = T extends { id: string | number }
  ? { rowKey?: (row: T) => string | number }
  : { rowKey: (row: T) => string | number };

/**
 * A section of the procedure page over one of its lists (forms, referrals, the log…): the heading,
 * then the rows in a table with its own caption, or the line saying there are none (when `empty` is given).
 */
export function RecordSection<T>({
  topic,
  rows,
  columns,
  rowKey,
  empty,
  compact,
  ...texts
}: {
  rows: readonly T[];
  columns: (Column<T> | false)[];
  /** Shown instead of an empty table. */
  empty?: string;
  compact?: boolean;
} & RowKey<T> &
  Texts) {
  const { t } = useI18n();
  const title = topic ? t(`blueCards.${topic}.title`) : texts.title;
  const caption = topic ? t(`blueCards.${topic}.caption`) : (texts.caption ?? '');
  return (
    <section>
      <h2>{title}</h2>
      {rows.length === 0 && empty !== undefined ? (
        <p className="empty">{empty}</p>
      ) : (
        <ColumnTable
          caption={caption}
          compact={compact}
          rows={rows}
          rowKey={rowKey ?? ((row) => (row as { id: string | number }).id)}
          columns={columns}
        />
      )}
    </section>
  );
}
