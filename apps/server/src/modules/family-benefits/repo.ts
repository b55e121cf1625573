import type { ATTACHMENT_KEYS } from '@ostoja/domain/family-benefits/application';
import type { Queryable } from '../../db/db.ts';
import { type ClaimMember, type ClaimRow, claimRepo } from '../benefit-claims/repo.ts';

// SQL of family benefits: the claim table's common reads (benefit-claims/repo.ts) and the call
// to complete the attachments.

export interface ApplicationRow
  extends ClaimRow<ClaimMember, 'incomplete' | 'complete' | 'forwarded' | 'decided'> {
  singleParent: boolean;
  additions: { kind: string; personId: string }[];
  attachments: { key: (typeof ATTACHMENT_KEYS)[number]; required: boolean; provided: boolean }[];
  completionDue: string | null;
  workingAbroad: boolean;
}

export const claims = claimRepo<ApplicationRow>({
  table: 'family_benefit_application',
  decisionColumn: 'family_benefit_application_id',
  own: [
    ['single_parent', 'singleParent'],
    ['additions', 'additions'],
    ['attachments', 'attachments'],
    ['completion_due', 'completionDue'],
    ['working_abroad', 'workingAbroad'],
  ],
});

export async function setAttachments(
  q: Queryable,
  id: string,
  attachments: ApplicationRow['attachments'],
  status: ApplicationRow['status'],
) {
  await q.query(
    `UPDATE family_benefit_application SET attachments = $2, status = $3,
       completion_due = CASE WHEN $3 = 'incomplete' THEN completion_due END, version = version + 1 WHERE id = $1`,
    [id, JSON.stringify(attachments), status],
  );
}
