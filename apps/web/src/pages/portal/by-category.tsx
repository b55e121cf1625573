import type { ReactNode } from 'react';

/**
 * A list in sections, one a category (in the order given): the heading (its id is `${id}-${category}`),
 * then the category's items, each in the language it is written in.
 */
export function ByCategory<C extends string, T extends { category: string; lang: string }>({
  id,
  categories,
  items,
  heading,
  className,
  itemKey,
  children,
}: {
  id: string;
  categories: readonly C[];
  items: readonly T[];
  heading(category: C): string;
  className: string;
  itemKey(item: T): string;
  children(item: T): ReactNode;
}) {
  return categories.map((c) => (
    <section key={c} aria-labelledby={`${id}-${c}`}>
      <h2 id={`${id}-${c}`}>{heading(c)}</h2>
      <ul className={className}>
        {items
          .filter((i) => i.category === c)
          .map((i) => (
            <li key={itemKey(i)} lang={i.lang}>
              {children(i)}
            </li>
          ))}
      </ul>
    </section>
  ));
}
