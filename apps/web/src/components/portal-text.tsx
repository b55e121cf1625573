import type { ReactNode } from 'react';

type Block = { kind: 'p'; lines: string[] } | { kind: 'ul'; items: string[] };

/** Staff write plain text: a blank line starts a paragraph, a line starting with "- " is a list item. */
function blocks(text: string): Block[] {
  const out: Block[] = [];
  for (const chunk of text.split(/\n\s*\n/)) {
    // Within one paragraph of the source, consecutive lines of a kind make one block.
    let current: Block | null = null;
    for (const raw of chunk.split('\n')) {
      const line = raw.trim();
      if (!line) continue;
      const item = line.match(/^[-•]\s+(.*)$/)?.[1];
      if (item !== undefined) {
        if (current?.kind !== 'ul') {
          current = { kind: 'ul', items: [] };
          out.push(current);
        }
        current.items.push(item);
      } else {
        if (current?.kind !== 'p') {
          current = { kind: 'p', lines: [] };
          out.push(current);
        }
        current.lines.push(line);
      }
    }
  }
  return out;
}

/**
 * Text written by the centre's staff, rendered as paragraphs and lists (never as HTML). `lang`
 * marks the language the text is in, which differs from the page's when no translation exists
 * (WCAG 3.1.2).
 */
export function PlainText({ text, lang, className }: { text: string; lang?: string; className?: string }) {
  return (
    <div className={`plain-text${className ? ` ${className}` : ''}`} lang={lang}>
      {blocks(text).map((b, i) =>
        b.kind === 'ul' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: static text, blocks never reorder
          <ul key={i}>
            {b.items.map((item, j) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: static text
              <li key={j}>{item}</li>
            ))}
          </ul>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: static text, blocks never reorder
          <p key={i}>{withBreaks(b.lines)}</p>
        ),
      )}
    </div>
  );
}

function withBreaks(lines: string[]): ReactNode[] {
  // biome-ignore lint/suspicious/noArrayIndexKey: static lines, never reordered
  return lines.flatMap((l, i) => (i === 0 ? [l] : [<br key={`b${i}`} />, l]));
}
