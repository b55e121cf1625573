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

/** A topic whose "none" line is blueCards.X.none. */
type NoneTopic = { [A in RecordTopic]: `blueCards.${A}.none` extends UiKey ? A : never }[RecordTopic];

/** The heading, the table's caption and the "none" line: by the list's topic, or given. */
type Texts =
  | { topic: NoneTopic; title?: never; caption?: never; empty?: string | true }
  | { topic: RecordTopic; title?: never; caption?: never; empty?: string }
  | { topic?: never; title: string; caption: string; empty?: string };

/** The rows' key: given, or the row's id where the rows have one. */
type RowKey<T> = T extends { id: string | number }
  ? { rowKey?: (row: T) => string | number }
  : { rowKey: (row: T) => string | number };

/**
 * A section of the procedure page over one of its lists (forms, referrals, the log…): the heading,
 * then the rows in a table with its own caption, or the line saying there are none (when `empty` is
 * given; `true` is the topic's blueCards.X.none).
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
  compact?: boolean;
} & RowKey<T> &
  Texts) {
  const { t } = useI18n();
  const title = topic ? t(`blueCards.${topic}.title`) : texts.title;
  const caption = topic ? t(`blueCards.${topic}.caption`) : (texts.caption ?? '');
  const none = empty === true ? t(`blueCards.${topic as NoneTopic}.none`) : empty;
  return (
    <section>
      <h2>{title}</h2>
      {rows.length === 0 && none !== undefined ? (
        <p className="empty">{none}</p>
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
