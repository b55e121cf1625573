import { Link } from 'react-router-dom';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { textColumn } from '../../components/kit/columns.ts';
import { ClaimList } from '../family-benefits/claim-screens.tsx';
import { alimonyFund } from './queries.ts';

/** The alimony fund applications, newest first, with the debtor. */
export function ApplicationsPage() {
  const { t } = useI18n();
  const { can } = useAuth();
  return (
    <ClaimList
      m={alimonyFund}
      own={[textColumn('debtorName', t('af.debtor'), 'debtor')]}
      links={
        can('alimonyDebtors.read') ? (
          <p>
            <Link to="/alimony-fund/debtors">{t('ad.registerLink')}</Link>
          </p>
        ) : null
      }
    />
  );
}
