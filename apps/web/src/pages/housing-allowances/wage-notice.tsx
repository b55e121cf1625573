import type { Quarter, WageNoticeUsed } from '@ostoja/domain/housing-allowances/average-wage';
import { Link } from 'react-router-dom';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { Alert } from '../../components/feedback.tsx';

const ROMAN = ['I', 'II', 'III', 'IV'];

/** "IV kw. 2025" (pl), "Q4 2025" (en). */
export function useQuarterLabel() {
  const { t } = useI18n();
  return (q: Quarter) =>
    t('ha.wage.quarterOf', { q: ROMAN[q.quarter - 1] ?? String(q.quarter), year: q.year });
}

/**
 * The notice of the Prezes GUS a calculation used, and a warning when newer quarters' notices should
 * be out by the application's day (with the way to the screen where the administrator enters them).
 */
export function WageNoticeNote({ notice }: { notice: WageNoticeUsed }) {
  const { t, date, money } = useI18n();
  const { can } = useAuth();
  const quarter = useQuarterLabel();
  return (
    <>
      <p className="hint" data-testid="wage-notice">
        {t('ha.wage.used', {
          amount: money(notice.amountGrosze),
          quarter: quarter(notice),
          from: date(notice.appliesFrom),
        })}{' '}
        {notice.monitorPolski ? t('ha.wage.usedMp', { mp: notice.monitorPolski }) : null}
      </p>
      {notice.missing.length ? (
        <Alert kind="warning">
          <p>{t('ha.wage.missing', { quarters: notice.missing.map(quarter).join(', ') })}</p>
          <p>
            {can('legalParameters.manage') ? (
              <Link to="/admin/average-wage">{t('ha.wage.title')}</Link>
            ) : (
              t('ha.wage.askAdmin')
            )}
          </p>
        </Alert>
      ) : null}
    </>
  );
}
