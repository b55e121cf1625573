import { type Area, page } from '../../app/area.ts';

// Payments (issue 4): the month's payment runs and their lists, bank files, the cash desk,
// schedules of decisions, the death register import, receivables, ledgers, accounting.
// Other areas link here: a decision to /payments/schedules/:decisionId, a person to
// /payments/ledger/:personId.
export const paymentsArea: Area = {
  routes: [
    {
      path: '/payments',
      permission: 'payments.read',
      component: page(() => import('./RunsPage.tsx'), 'RunsPage'),
    },
    {
      path: '/payments/runs/:id',
      permission: 'payments.read',
      component: page(() => import('./RunPage.tsx'), 'RunPage'),
    },
    {
      path: '/payments/lists/:id',
      permission: 'payments.read',
      component: page(() => import('./ListPage.tsx'), 'ListPage'),
    },
    {
      path: '/payments/items/:id',
      permission: 'payments.read',
      component: page(() => import('./ItemPage.tsx'), 'ItemPage'),
    },
    {
      path: '/payments/cash-desk',
      permission: 'cashDesk.operate',
      component: page(() => import('./CashDeskPage.tsx'), 'CashDeskPage'),
    },
    {
      path: '/payments/schedules/:decisionId',
      permission: 'payments.read',
      component: page(() => import('./SchedulePage.tsx'), 'SchedulePage'),
    },
    {
      path: '/payments/deaths',
      permission: 'payments.manage',
      component: page(() => import('./DeathsImportPage.tsx'), 'DeathsImportPage'),
    },
    {
      path: '/payments/receivables',
      permission: 'payments.read',
      component: page(() => import('./ReceivablesPage.tsx'), 'ReceivablesPage'),
    },
    {
      path: '/payments/receivables/new',
      permission: 'receivables.manage',
      component: page(() => import('./ReceivableCreatePage.tsx'), 'ReceivableCreatePage'),
    },
    {
      path: '/payments/receivables/:id',
      permission: 'payments.read',
      component: page(() => import('./ReceivablePage.tsx'), 'ReceivablePage'),
    },
    {
      path: '/payments/ledger/:personId',
      permission: 'payments.read',
      component: page(() => import('./LedgerPage.tsx'), 'LedgerPage'),
    },
    {
      path: '/payments/accounting',
      permission: 'payments.read',
      component: page(() => import('./AccountingPage.tsx'), 'AccountingPage'),
    },
  ],
  nav: [
    { to: '/payments', label: 'nav.payments', permission: 'payments.read', end: true },
    { to: '/payments/cash-desk', label: 'nav.cashDesk', permission: 'cashDesk.operate' },
    { to: '/payments/receivables', label: 'nav.receivables', permission: 'payments.read' },
  ],
};
