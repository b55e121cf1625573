import { useEffect } from 'react';
import { useI18n } from '../app/i18n.tsx';

/**
 * Where "Wyjdź szybko" goes: a neutral site that says nothing about why someone was here. The
 * link is followed only when the resident presses the button; the portal itself never loads
 * anything from it (no third-party requests from public pages).
 */
export const QUICK_EXIT_URL = 'https://www.google.pl/';

/** Two presses of Escape within this time leave the site. */
const DOUBLE_ESCAPE_MS = 1500;

/**
 * Leaves at once, for a resident who may be watched (a person experiencing violence): the page
 * goes blank before the next site loads, nothing of the portal stays in the tab's storage, and
 * the portal's entry in the tab's history is replaced, so "Back" does not return to it.
 */
export function leaveNow(): void {
  try {
    sessionStorage.clear();
  } catch {
    // Storage may be unavailable; there is nothing in it to clear then.
  }
  document.title = '';
  // Blank at once (forms and what was typed go with the nodes); React keeps its detached root.
  document.body.replaceChildren();
  window.location.replace(QUICK_EXIT_URL);
}

/**
 * The quick-exit bar: the first thing a keyboard reaches on every public page, always on screen
 * (sticky), and Escape pressed twice does the same.
 */
export function QuickExit() {
  const { t } = useI18n();
  useEffect(() => {
    let last = 0;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      const now = Date.now();
      if (now - last <= DOUBLE_ESCAPE_MS) leaveNow();
      last = now;
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <div className="quick-exit-bar">
      <p id="quick-exit-hint" className="quick-exit-hint">
        {t('portal.quickExit.hint')}
      </p>
      <button type="button" className="quick-exit" onClick={leaveNow} aria-describedby="quick-exit-hint">
        {t('portal.quickExit.button')}
      </button>
    </div>
  );
}
