import { type Area, menu, page, screens } from '../../app/area.ts';

// Payments (issue 4): the month's payment runs and their lists, bank files, the cash desk,
// schedules of decisions, the death register import, receivables, ledgers, accounting.
// Other areas link here: a decision to /payments/schedules/:decisionId, a person to
// /payments/ledger/:personId.
export const paymentsArea: Area = [
  ...screens('payments.read', {
    '/payments': menu('nav.payments', () => import('./RunsPage.tsx'), 'RunsPage', { end: true }),
    '/payments/runs/:id': page(() => import('./RunPage.tsx'), 'RunPage'),
    '/payments/lists/:id': page(() => import('./ListPage.tsx'), 'ListPage'),
    '/payments/items/:id': page(() => import('./ItemPage.tsx'), 'ItemPage'),
    '/payments/schedules/:decisionId': page(() => import('./SchedulePage.tsx'), 'SchedulePage'),
  }),
  ...screens('cashDesk.operate', {
    '/payments/cash-desk': menu('nav.cashDesk', () => import('./CashDeskPage.tsx'), 'CashDeskPage'),
  }),
  ...screens('payments.read', {
    '/payments/receivables': menu(
      'nav.receivables',
      () => import('./ReceivablesPage.tsx'),
      'ReceivablesPage',
    ),
    '/payments/receivables/:id': page(() => import('./ReceivablePage.tsx'), 'ReceivablePage'),
    '/payments/ledger/:personId': page(() => import('./LedgerPage.tsx'), 'LedgerPage'),
    '/payments/accounting': page(() => import('./AccountingPage.tsx'), 'AccountingPage'),
  }),
  ...screens('payments.manage', {
    '/payments/deaths': page(() => import('./DeathsImportPage.tsx'), 'DeathsImportPage'),
  }),
  ...screens('receivables.manage', {
    '/payments/receivables/new': page(() => import('./ReceivableCreatePage.tsx'), 'ReceivableCreatePage'),
  }),
];
