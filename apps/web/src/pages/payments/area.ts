import { type Area, menu, screen, screens } from '../../app/area.ts';

// Payments (issue 4): the month's payment runs and their lists, bank files, the cash desk,
// schedules of decisions, the death register import, receivables, ledgers, accounting.
// Other areas link here: a decision to /payments/schedules/:decisionId, a person to
// /payments/ledger/:personId.
export const paymentsArea: Area = [
  ...screens('payments.read', {
    '/payments': menu('nav.payments', 'payments/RunsPage', { end: true }),
    '/payments/runs/:id': screen('payments/RunPage'),
    '/payments/lists/:id': screen('payments/ListPage'),
    '/payments/items/:id': screen('payments/ItemPage'),
    '/payments/schedules/:decisionId': screen('payments/SchedulePage'),
  }),
  ...screens('cashDesk.operate', {
    '/payments/cash-desk': menu('nav.cashDesk', 'payments/CashDeskPage'),
  }),
  ...screens('payments.read', {
    '/payments/receivables': menu('nav.receivables', 'payments/ReceivablesPage'),
    '/payments/receivables/:id': screen('payments/ReceivablePage'),
    '/payments/ledger/:personId': screen('payments/LedgerPage'),
    '/payments/accounting': screen('payments/AccountingPage'),
  }),
  ...screens('payments.manage', {
    '/payments/deaths': screen('payments/DeathsImportPage'),
  }),
  ...screens('receivables.manage', {
    '/payments/receivables/new': screen('payments/ReceivableCreatePage'),
  }),
];
