import { type ClaimMember, type ClaimRow, claimRepo } from '../benefit-claims/repo.ts';

// SQL of the alimony fund: the claim table's common reads (benefit-claims/repo.ts) with the
// debtor and the bailiff's certificate.

export interface StoredMember extends ClaimMember {
  significantDisability: boolean;
  courtAlimony: number | null;
}

export interface ApplicationRow extends ClaimRow<StoredMember, 'complete' | 'decided'> {
  debtorName: string;
  debtorAddress: string;
  bailiffCertificate: {
    issuedOn: string;
    bailiff: string;
    caseNumber: string;
    lastFullPaymentOn: string | null;
  };
}

export const claims = claimRepo<ApplicationRow>({
  table: 'alimony_fund_application',
  decisionColumn: 'alimony_fund_application_id',
  own: [
    ['debtor_name', 'debtorName'],
    ['debtor_address', 'debtorAddress'],
    ['bailiff_certificate', 'bailiffCertificate'],
  ],
});
