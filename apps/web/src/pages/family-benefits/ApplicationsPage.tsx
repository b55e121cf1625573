import type { FamilyBenefitApplicationSummary } from '@ostoja/domain/family-benefits/application';
import { Link } from 'react-router-dom';
import { useI18n } from '../../app/i18n.tsx';
import { dateColumn } from '../../components/kit/columns.ts';
import { ClaimList } from './claim-screens.tsx';
import { familyBenefits } from './queries.ts';

/** The family benefit applications, newest first, with the day an incomplete one is due. */
export function ApplicationsPage() {
  const { t, date } = useI18n();
  return (
    <ClaimList
      m={familyBenefits}
      own={[dateColumn<FamilyBenefitApplicationSummary>('completionDue', t('fb.completionDue'), date)]}
      links={
        <p>
          <Link to="/family-benefits/report">{t('fb.report')}</Link>
        </p>
      }
    />
  );
}
