import type { ReactNode } from 'react';

/**
 * A data table that scrolls sideways on a narrow screen instead of widening the page (WCAG 1.4.10).
 * The scrolling region is focusable and named (by the caption), so a keyboard user can scroll it too.
 * Its name is the table's: do not also label the surrounding section with the same words.
 */
export function DataTable({
  caption,
  compact = false,
  showCaption = false,
  children,
}: {
  caption: string;
  compact?: boolean;
  /** The caption is seen too, where no heading above names the table. */
  showCaption?: boolean;
  children: ReactNode;
}) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="table-wrap" aria-label={caption} tabIndex={0}>
      <table className={`data-table${compact ? ' compact' : ''}`}>
        <caption className={showCaption ? undefined : 'visually-hidden'}>{caption}</caption>
        {children}
      </table>
    </section>
  );
}
