-- Wstrzymanie wypłaty (art. 106 ust. 5 ups [M]; on a broken social contract art. 11 ust. 2) is an
-- administrative decision like a revocation: its own number in the decision register and its letter.
-- The decision row keeps the months it holds back (schedule) and the decision it suspends.
ALTER TABLE decision DROP CONSTRAINT decision_kind_check;
ALTER TABLE decision ADD CONSTRAINT decision_kind_check CHECK (kind IN ('original', 'change', 'revoke', 'suspend'));
ALTER TABLE decision DROP CONSTRAINT decision_outcome_check;
ALTER TABLE decision ADD CONSTRAINT decision_outcome_check CHECK (outcome IN ('grant', 'refuse', 'revoke', 'suspend'));
COMMENT ON COLUMN decision.kind IS
  'original; change (a new amount from a month, art. 106 ust. 5 ups [M]); revoke (uchylenie from a month); suspend (wstrzymanie wypłaty from a month; schedule lists the months held back).';

ALTER TABLE payment_suspension ADD COLUMN suspension_decision_id uuid REFERENCES decision (id);
COMMENT ON COLUMN payment_suspension.suspension_decision_id IS
  'The decision ordering the suspension (its number and letter); NULL for suspensions recorded before it was a decision, or of a benefit outside social assistance.';
