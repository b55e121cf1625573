-- Alimony debtors (uFA art. 27–28): the register of debtors, the applications whose payments are
-- their debt to the State, the repayments booked against it, and the notices the creditor's and
-- the debtor's gmina exchange. The debt itself (benefits paid, interest) is computed from the
-- paid payment items and the repayments, so nothing here can drift from the payments.
CREATE TABLE alimony_debtor (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  number text NOT NULL CONSTRAINT alimony_debtor_number_key UNIQUE,
  name text NOT NULL,
  pesel text CONSTRAINT alimony_debtor_pesel_format CHECK (pesel ~ '^[0-9]{11}$'),
  address text NOT NULL,
  gmina text NOT NULL,
  resident boolean NOT NULL,
  registered_on date NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_by uuid NOT NULL REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE alimony_debtor IS 'Rejestr dłużników alimentacyjnych: a parent whose alimony the fund pays instead (uFA).';
COMMENT ON COLUMN alimony_debtor.number IS 'Register number DA/YYYY/NNNN.';
COMMENT ON COLUMN alimony_debtor.pesel IS 'The debtor''s PESEL when known; one debtor per PESEL.';
COMMENT ON COLUMN alimony_debtor.gmina IS 'The gmina the debtor lives in: its organ (organ właściwy dłużnika) acts towards the debtor.';
COMMENT ON COLUMN alimony_debtor.resident IS 'The debtor lives in this centre''s gmina: the centre is the debtor''s organ as well.';
COMMENT ON COLUMN alimony_debtor.registered_on IS 'The day the debtor was entered in the register.';
CREATE UNIQUE INDEX alimony_debtor_pesel_key ON alimony_debtor (pesel) WHERE pesel IS NOT NULL;
CREATE INDEX alimony_debtor_list_idx ON alimony_debtor (registered_on DESC, id DESC);

CREATE TABLE alimony_debtor_application (
  application_id uuid PRIMARY KEY REFERENCES alimony_fund_application (id),
  debtor_id uuid NOT NULL REFERENCES alimony_debtor (id)
);
COMMENT ON TABLE alimony_debtor_application IS 'Whose debtor: each alimony fund application names one debtor; a debtor may owe on several.';
CREATE INDEX alimony_debtor_application_debtor_idx ON alimony_debtor_application (debtor_id);

CREATE TABLE alimony_debt_repayment (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  debtor_id uuid NOT NULL REFERENCES alimony_debtor (id),
  received_on date NOT NULL,
  amount integer NOT NULL CONSTRAINT alimony_debt_repayment_amount_check CHECK (amount > 0),
  source text NOT NULL CONSTRAINT alimony_debt_repayment_source_check CHECK (source IN ('bailiff', 'taxOffice', 'debtor')),
  reference text NOT NULL,
  booked_by uuid NOT NULL REFERENCES staff_user (id),
  booked_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE alimony_debt_repayment IS 'A sum received towards the debtor''s debt to the fund (art. 28 uFA); how it splits into interest and benefits is computed in date order.';
COMMENT ON COLUMN alimony_debt_repayment.amount IS 'Grosze received.';
COMMENT ON COLUMN alimony_debt_repayment.source IS 'bailiff (komornik, art. 28), taxOffice (egzekucja administracyjna) or debtor (paid directly).';
COMMENT ON COLUMN alimony_debt_repayment.reference IS 'The bailiff''s case number or the transfer''s title.';
CREATE INDEX alimony_debt_repayment_debtor_idx ON alimony_debt_repayment (debtor_id, received_on);

CREATE TABLE alimony_debtor_notice (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  number text NOT NULL CONSTRAINT alimony_debtor_notice_number_key UNIQUE,
  debtor_id uuid NOT NULL REFERENCES alimony_debtor (id),
  kind text NOT NULL CONSTRAINT alimony_debtor_notice_kind_check CHECK (kind IN ('actionRequest', 'actionsTaken', 'debtorMoved')),
  direction text NOT NULL CONSTRAINT alimony_debtor_notice_direction_check CHECK (direction IN ('incoming', 'outgoing')),
  gmina text NOT NULL,
  on_date date NOT NULL,
  note text,
  created_by uuid NOT NULL REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE alimony_debtor_notice IS 'Register of notices between the creditor''s and the debtor''s gmina (art. 8 uFA): the request to act towards the debtor, the report of actions taken, a move.';
COMMENT ON COLUMN alimony_debtor_notice.number IS 'Register number ZD/YYYY/NNNN.';
COMMENT ON COLUMN alimony_debtor_notice.gmina IS 'The other gmina''s organ: addressee of an outgoing notice, sender of an incoming one.';
COMMENT ON COLUMN alimony_debtor_notice.on_date IS 'Outgoing: the letter''s date; incoming: the day it arrived.';
CREATE INDEX alimony_debtor_notice_list_idx ON alimony_debtor_notice (on_date DESC, id DESC);
CREATE INDEX alimony_debtor_notice_debtor_idx ON alimony_debtor_notice (debtor_id);
