-- Payments: schedules derived from granted decisions, suspensions, monthly payment runs with
-- frozen snapshots and progress, payment lists per day and method, flags before approval,
-- the cash desk, the PESEL death register, receivables and the per-person ledger.

CREATE TABLE payment_schedule_item (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  decision_id uuid NOT NULL REFERENCES decision (id),
  person_id uuid NOT NULL REFERENCES person (id),
  household_id uuid REFERENCES household (id),
  benefit text NOT NULL,
  month date NOT NULL CONSTRAINT payment_schedule_item_month_check CHECK (extract(day FROM month) = 1),
  amount integer NOT NULL CONSTRAINT payment_schedule_item_amount_check CHECK (amount > 0),
  days integer,
  kind text NOT NULL DEFAULT 'regular' CONSTRAINT payment_schedule_item_kind_check CHECK (kind IN ('regular', 'reissue')),
  origin_payment_item_id uuid,
  method text NOT NULL CONSTRAINT payment_schedule_item_method_check CHECK (method IN ('transfer', 'cashDesk')),
  iban text CONSTRAINT payment_schedule_item_iban_format CHECK (iban ~ '^PL[0-9]{26}$'),
  recipient_name text,
  due_on date NOT NULL,
  status text NOT NULL DEFAULT 'open'
    CONSTRAINT payment_schedule_item_status_check CHECK (status IN ('open', 'suspended', 'listed', 'paid', 'cancelled')),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT payment_schedule_item_transfer_iban CHECK (method <> 'transfer' OR iban IS NOT NULL)
);
COMMENT ON TABLE payment_schedule_item IS 'Harmonogram wypłat: one row per decision and month (from decision.schedule), plus reissues of returned transfers.';
COMMENT ON COLUMN payment_schedule_item.amount IS 'Grosze due for the month; the first and last month pro rata (art. 106 ust. 3 ups).';
COMMENT ON COLUMN payment_schedule_item.recipient_name IS 'Another recipient than the beneficiary (e.g. a guardian); NULL: the beneficiary.';
COMMENT ON COLUMN payment_schedule_item.due_on IS 'Payment day of the month (centre practice) or the decision date for arrears, whichever is later.';
COMMENT ON COLUMN payment_schedule_item.status IS 'open: to be paid when due; suspended; listed: on a live payment item; paid; cancelled.';
CREATE UNIQUE INDEX payment_schedule_item_month_key ON payment_schedule_item (decision_id, month) WHERE kind = 'regular';
CREATE UNIQUE INDEX payment_schedule_item_reissue_key ON payment_schedule_item (origin_payment_item_id) WHERE kind = 'reissue';
CREATE INDEX payment_schedule_item_open_idx ON payment_schedule_item (month, id) WHERE status = 'open';
CREATE INDEX payment_schedule_item_decision_idx ON payment_schedule_item (decision_id, month);
CREATE INDEX payment_schedule_item_person_idx ON payment_schedule_item (person_id, month);

CREATE TABLE payment_suspension (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  decision_id uuid NOT NULL REFERENCES decision (id),
  from_month date NOT NULL,
  to_month date,
  reason text NOT NULL,
  decided_on date NOT NULL,
  resumed_on date,
  created_by uuid NOT NULL REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT payment_suspension_range_check CHECK (to_month IS NULL OR to_month >= from_month)
);
COMMENT ON TABLE payment_suspension IS 'Wstrzymanie wypłaty by decision from a month; to_month is set when payment resumes (the month before).';
CREATE UNIQUE INDEX payment_suspension_open_key ON payment_suspension (decision_id) WHERE to_month IS NULL;

CREATE TABLE payment_run (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  number text NOT NULL CONSTRAINT payment_run_number_key UNIQUE,
  month date NOT NULL,
  status text NOT NULL CONSTRAINT payment_run_status_check CHECK (status IN ('building', 'draft', 'approved')),
  progress_total integer NOT NULL DEFAULT 0,
  progress_done integer NOT NULL DEFAULT 0,
  progress_cursor uuid,
  item_count integer NOT NULL DEFAULT 0,
  gross_amount bigint NOT NULL DEFAULT 0,
  deduction_amount bigint NOT NULL DEFAULT 0,
  net_amount bigint NOT NULL DEFAULT 0,
  opened_by uuid NOT NULL REFERENCES staff_user (id),
  opened_at timestamptz NOT NULL DEFAULT now(),
  built_at timestamptz,
  approved_by uuid REFERENCES staff_user (id),
  approved_at timestamptz,
  version integer NOT NULL DEFAULT 1
);
COMMENT ON TABLE payment_run IS 'A month''s payment run; it is also the job whose progress (done/total) the UI polls while it is building.';
COMMENT ON COLUMN payment_run.progress_cursor IS 'Last payment_item id processed (keyset), so the build resumes after a restart.';
CREATE UNIQUE INDEX payment_run_one_open_key ON payment_run (month) WHERE status IN ('building', 'draft');
COMMENT ON INDEX payment_run_one_open_key IS 'At most one run of a month being built or reviewed: opening the month again returns it.';
CREATE INDEX payment_run_month_idx ON payment_run (month DESC, opened_at DESC);

CREATE TABLE payment_list (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  run_id uuid NOT NULL REFERENCES payment_run (id),
  seq integer,
  method text NOT NULL CONSTRAINT payment_list_method_check CHECK (method IN ('transfer', 'cashDesk')),
  pay_on date NOT NULL,
  pay_until date,
  status text NOT NULL DEFAULT 'draft'
    CONSTRAINT payment_list_status_check CHECK (status IN ('draft', 'approved', 'exported', 'paid', 'closed')),
  item_count integer NOT NULL DEFAULT 0,
  total_amount bigint NOT NULL DEFAULT 0,
  exported_at timestamptz,
  exported_by uuid REFERENCES staff_user (id),
  paid_on date,
  CONSTRAINT payment_list_day_key UNIQUE (run_id, method, pay_on)
);
COMMENT ON TABLE payment_list IS 'Lista wypłat: the items of a run paid on one day by one method (bank transfer or cash desk).';
COMMENT ON COLUMN payment_list.pay_until IS 'Cash lists: the last day to collect; items not collected then return to the schedule.';
CREATE INDEX payment_list_cash_deadline_idx ON payment_list (pay_until) WHERE method = 'cashDesk' AND status = 'approved';
COMMENT ON COLUMN payment_list.total_amount IS 'Net grosze of the live items: what the bank file or the cash desk pays out.';

CREATE TABLE payment_item (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  ref bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT payment_item_ref_key UNIQUE,
  run_id uuid NOT NULL REFERENCES payment_run (id),
  list_id uuid REFERENCES payment_list (id),
  schedule_item_id uuid NOT NULL REFERENCES payment_schedule_item (id),
  decision_id uuid NOT NULL REFERENCES decision (id),
  decision_number text NOT NULL,
  person_id uuid NOT NULL REFERENCES person (id),
  household_id uuid,
  benefit text NOT NULL,
  month date NOT NULL,
  days integer,
  amount integer NOT NULL CONSTRAINT payment_item_amount_check CHECK (amount > 0),
  deduction integer NOT NULL DEFAULT 0,
  reissue boolean NOT NULL DEFAULT false,
  method text NOT NULL CONSTRAINT payment_item_method_check CHECK (method IN ('transfer', 'cashDesk')),
  iban text,
  recipient_name text NOT NULL,
  recipient_pesel text,
  recipient_address text,
  title text NOT NULL,
  pay_on date NOT NULL,
  status text NOT NULL DEFAULT 'pending' CONSTRAINT payment_item_status_check
    CHECK (status IN ('pending', 'excluded', 'approved', 'exported', 'paid', 'returned', 'expired')),
  paid_on date,
  paid_by uuid REFERENCES staff_user (id),
  receipt_number text CONSTRAINT payment_item_receipt_key UNIQUE,
  document_type text,
  document_number text,
  returned_on date,
  return_reason text,
  resolution text CONSTRAINT payment_item_resolution_check CHECK (resolution IN ('reissue', 'cancel')),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT payment_item_deduction_check CHECK (deduction >= 0 AND deduction <= amount),
  CONSTRAINT payment_item_transfer_iban CHECK (method <> 'transfer' OR iban IS NOT NULL)
);
COMMENT ON TABLE payment_item IS 'A frozen copy of a schedule item on a run: amount, recipient, account and address as they stood when the run was opened.';
COMMENT ON COLUMN payment_item.deduction IS 'Grosze withheld against the person''s receivables (art. 104 ust. 2 ups); paid out: amount - deduction.';
COMMENT ON COLUMN payment_item.ref IS 'Short reference in bank files (Elixir field 16, pain.001 EndToEndId) to match returns.';
-- The database's proof that nobody is paid twice: a schedule item is on at most one live payment
-- item, however many runs are opened, at once or from several app instances.
CREATE UNIQUE INDEX payment_item_once_key ON payment_item (schedule_item_id) WHERE status NOT IN ('excluded', 'expired');
COMMENT ON INDEX payment_item_once_key IS 'Idempotence of payment runs: each schedule item has at most one live (not excluded, not expired) payment.';
CREATE INDEX payment_item_run_idx ON payment_item (run_id, id);
CREATE INDEX payment_item_list_idx ON payment_item (list_id, ref);
CREATE INDEX payment_item_person_idx ON payment_item (person_id, month);
CREATE INDEX payment_item_paid_idx ON payment_item (paid_on) WHERE paid_on IS NOT NULL;
CREATE INDEX payment_item_returned_idx ON payment_item (returned_on) WHERE returned_on IS NOT NULL;
CREATE INDEX payment_item_decision_idx ON payment_item (decision_id, month);
-- Flags of a run being built look accounts up within the run; a death import looks up pending items by PESEL.
CREATE INDEX payment_item_run_iban_idx ON payment_item (run_id, iban) WHERE iban IS NOT NULL;
CREATE INDEX payment_item_pending_pesel_idx ON payment_item (recipient_pesel) WHERE status = 'pending';

ALTER TABLE payment_schedule_item ADD CONSTRAINT payment_schedule_item_origin_fkey
  FOREIGN KEY (origin_payment_item_id) REFERENCES payment_item (id);

CREATE TABLE payment_flag (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  run_id uuid NOT NULL REFERENCES payment_run (id),
  payment_item_id uuid NOT NULL REFERENCES payment_item (id),
  kind text NOT NULL CONSTRAINT payment_flag_kind_check CHECK (kind IN ('deceased', 'duplicateIban', 'amountChanged')),
  details jsonb NOT NULL DEFAULT '{}',
  resolution text CONSTRAINT payment_flag_resolution_check CHECK (resolution IN ('accept', 'exclude')),
  note text,
  resolved_by uuid REFERENCES staff_user (id),
  resolved_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT payment_flag_item_kind_key UNIQUE (payment_item_id, kind)
);
COMMENT ON TABLE payment_flag IS 'Checks before approval (deceased recipient, one IBAN for unrelated households, amount changed); the clerk accepts or excludes.';
CREATE INDEX payment_flag_run_idx ON payment_flag (run_id, kind);

CREATE TABLE person_death (
  pesel text PRIMARY KEY CONSTRAINT person_death_pesel_format CHECK (pesel ~ '^[0-9]{11}$'),
  died_on date NOT NULL,
  imported_at timestamptz NOT NULL DEFAULT now(),
  import_id uuid
);
COMMENT ON TABLE person_death IS 'Dates of death by PESEL as the PESEL register supplies them; not tied to our persons, matched by PESEL.';

CREATE TABLE death_import (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  imported_by uuid NOT NULL REFERENCES staff_user (id),
  imported_at timestamptz NOT NULL DEFAULT now(),
  received integer NOT NULL,
  imported integer NOT NULL,
  invalid integer NOT NULL
);
COMMENT ON TABLE death_import IS 'One import of death records from the PESEL register.';

CREATE TABLE receivable (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  number text NOT NULL CONSTRAINT receivable_number_key UNIQUE,
  kind text NOT NULL CONSTRAINT receivable_kind_check CHECK (kind IN ('undueBenefit', 'repayableBenefit')),
  person_id uuid NOT NULL REFERENCES person (id),
  source_decision_id uuid REFERENCES decision (id),
  months text[] NOT NULL DEFAULT '{}',
  decided_on date NOT NULL,
  legal_basis text NOT NULL,
  amount integer NOT NULL CONSTRAINT receivable_amount_check CHECK (amount > 0),
  due_on date NOT NULL,
  instalments jsonb NOT NULL,
  deduct_from_payments boolean NOT NULL DEFAULT false,
  deduction_cap integer CONSTRAINT receivable_cap_check CHECK (deduction_cap > 0),
  recovered integer NOT NULL DEFAULT 0,
  waived integer NOT NULL DEFAULT 0,
  justification text NOT NULL,
  created_by uuid NOT NULL REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  CONSTRAINT receivable_settled_check CHECK (recovered >= 0 AND waived >= 0 AND recovered + waived <= amount)
);
COMMENT ON TABLE receivable IS 'Należność set by decision (art. 104 ust. 3 ups): undue benefit (art. 6 pkt 16, art. 98) or a repayable one.';
COMMENT ON COLUMN receivable.instalments IS 'Plan [{no, dueOn, amount}] in grosze; sums to amount.';
COMMENT ON COLUMN receivable.recovered IS 'Repaid or deducted from payments (art. 104 ust. 2), grosze.';
COMMENT ON COLUMN receivable.waived IS 'Waived by decision in part or whole (art. 104 ust. 4), grosze.';
CREATE INDEX receivable_person_idx ON receivable (person_id, decided_on);

CREATE TABLE payment_deduction (
  payment_item_id uuid NOT NULL REFERENCES payment_item (id),
  receivable_id uuid NOT NULL REFERENCES receivable (id),
  amount integer NOT NULL CONSTRAINT payment_deduction_amount_check CHECK (amount > 0),
  PRIMARY KEY (payment_item_id, receivable_id)
);
COMMENT ON TABLE payment_deduction IS 'What a payment withholds for which receivable; reserved while the payment is live and unpaid, recovered when paid.';
CREATE INDEX payment_deduction_receivable_idx ON payment_deduction (receivable_id);

CREATE TABLE cash_day (
  day date PRIMARY KEY,
  closed_by uuid NOT NULL REFERENCES staff_user (id),
  closed_at timestamptz NOT NULL DEFAULT now(),
  payout_count integer NOT NULL,
  payout_total bigint NOT NULL,
  expired_count integer NOT NULL,
  report jsonb NOT NULL
);
COMMENT ON TABLE cash_day IS 'A closed cash-desk day with its cash report; no payout can be recorded on a closed day.';

CREATE TABLE ledger_txn (
  id uuid PRIMARY KEY,
  person_id uuid NOT NULL REFERENCES person (id),
  kind text NOT NULL CONSTRAINT ledger_txn_kind_check
    CHECK (kind IN ('payment', 'bankReturn', 'returnCancelled', 'receivable', 'repayment', 'waiver')),
  on_date date NOT NULL,
  payment_item_id uuid REFERENCES payment_item (id),
  receivable_id uuid REFERENCES receivable (id),
  document text,
  memo text,
  created_by uuid REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT ledger_txn_person_key UNIQUE (id, person_id)
);
COMMENT ON TABLE ledger_txn IS 'One event of a person''s ledger (payment, bank return, receivable, repayment, waiver); append-only.';
CREATE INDEX ledger_txn_person_idx ON ledger_txn (person_id, on_date, created_at);

CREATE TABLE ledger_entry (
  id bigserial PRIMARY KEY,
  txn_id uuid NOT NULL,
  person_id uuid NOT NULL,
  account text NOT NULL CONSTRAINT ledger_entry_account_check
    CHECK (account IN ('expense', 'bank', 'cash', 'payable', 'receivable', 'undue', 'waived')),
  amount integer NOT NULL CONSTRAINT ledger_entry_amount_check CHECK (amount <> 0),
  CONSTRAINT ledger_entry_txn_fkey FOREIGN KEY (txn_id, person_id) REFERENCES ledger_txn (id, person_id)
);
COMMENT ON TABLE ledger_entry IS 'Double entry in grosze, debit > 0, credit < 0; the entries of a transaction sum to zero (checked at commit).';
CREATE INDEX ledger_entry_txn_idx ON ledger_entry (txn_id);
CREATE INDEX ledger_entry_person_idx ON ledger_entry (person_id, account);

CREATE FUNCTION ledger_txn_must_balance() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (SELECT sum(amount) FROM ledger_entry WHERE txn_id = NEW.txn_id) <> 0 THEN
    RAISE EXCEPTION 'ledger transaction % does not balance', NEW.txn_id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER ledger_entry_balanced AFTER INSERT ON ledger_entry
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ledger_txn_must_balance();

CREATE FUNCTION ledger_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the ledger is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER ledger_txn_no_update BEFORE UPDATE OR DELETE ON ledger_txn
  FOR EACH ROW EXECUTE FUNCTION ledger_is_append_only();
CREATE TRIGGER ledger_entry_no_update BEFORE UPDATE OR DELETE ON ledger_entry
  FOR EACH ROW EXECUTE FUNCTION ledger_is_append_only();
