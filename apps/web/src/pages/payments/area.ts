import { type Area, page, screens } from '../../app/area.ts';

// Payments (issue 4): the month's payment runs and their lists, bank files, the cash desk,
// schedules of decisions, the death register import, receivables, ledgers, accounting.
// Other areas link here: a decision to /payments/schedules/:decisionId, a person to
// /payments/ledger/:personId.
export const paymentsArea: Area = {
  routes: [
    ...screens('payments.read', {
      '/payments': page(() => import('./RunsPage.tsx'), 'RunsPage'),
      '/payments/runs/:id': page(() => import('./RunPage.tsx'), 'RunPage'),
      '/payments/lists/:id': page(() => import('./ListPage.tsx'), 'ListPage'),
      '/payments/items/:id': page(() => import('./ItemPage.tsx'), 'ItemPage'),
      '/payments/schedules/:decisionId': page(() => import('./SchedulePage.tsx'), 'SchedulePage'),
      '/payments/receivables': page(() => import('./ReceivablesPage.tsx'), 'ReceivablesPage'),
      '/payments/receivables/:id': page(() => import('./ReceivablePage.tsx'), 'ReceivablePage'),
      '/payments/ledger/:personId': page(() => import('./LedgerPage.tsx'), 'LedgerPage'),
      '/payments/accounting': page(() => import('./AccountingPage.tsx'), 'AccountingPage'),
    }),
    ...screens('cashDesk.operate', {
      '/payments/cash-desk': page(() => import('./CashDeskPage.tsx'), 'CashDeskPage'),
    }),
    ...screens('payments.manage', {
      '/payments/deaths': page(() => import('./DeathsImportPage.tsx'), 'DeathsImportPage'),
    }),
    ...screens('receivables.manage', {
      '/payments/receivables/new': page(() => import('./ReceivableCreatePage.tsx'), 'ReceivableCreatePage'),
    }),
  ],
  nav: [
    { to: '/payments', label: 'nav.payments', permission: 'payments.read', end: true },
    { to: '/payments/cash-desk', label: 'nav.cashDesk', permission: 'cashDesk.operate' },
    { to: '/payments/receivables', label: 'nav.receivables', permission: 'payments.read' },
  ],
};
