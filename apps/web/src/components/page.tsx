import { type ReactNode, useEffect, useRef } from 'react';
import { useI18n } from '../app/i18n.tsx';

let focusPending = false;

/**
 * After a client-side navigation the keyboard focus goes to the new page's heading, so a screen
 * reader announces it and Tab continues from there. The layout marks the navigation; the next
 * page heading to appear takes the focus (also when the page's code or data load later).
 */
export function markNavigation(): void {
  focusPending = true;
}

/** Sets the browser tab's title: "Page — Ostoja". */
export function usePageTitle(title: string): void {
  const { t } = useI18n();
  useEffect(() => {
    document.title = title ? `${title} — ${t('app.name')}` : t('app.name');
  }, [title, t]);
}

/** A page: its title in the tab and in the one <h1>, optional actions beside it. */
export function Page({
  title,
  lead,
  actions,
  children,
}: {
  title: string;
  lead?: ReactNode;
  actions?: ReactNode;
  children?: ReactNode;
}) {
  usePageTitle(title);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!focusPending) return;
    focusPending = false;
    heading.current?.focus();
  });
  return (
    <>
      <div className="page-head">
        <div>
          <h1 ref={heading} tabIndex={-1}>
            {title}
          </h1>
          {lead ? <p className="lead">{lead}</p> : null}
        </div>
        {actions ? <div className="page-actions">{actions}</div> : null}
      </div>
      {children}
    </>
  );
}

/** A titled part of a page (a card when `card`): its <h2> names the section for assistive technology. */
export function Section({
  id,
  title,
  card,
  children,
}: {
  /** The heading's id is `${id}-h`. */
  id: string;
  title: ReactNode;
  card?: boolean;
  children: ReactNode;
}) {
  return (
    <section className={card ? 'card' : undefined} aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{title}</h2>
      {children}
    </section>
  );
}
