-- Decisions that change or revoke (uchylenie) an earlier decision from a month on. The earlier
-- decision's period_to is shortened to the day before, so every report sees the benefit as it
-- was in force; the decision itself (number, amount, letter) is never rewritten.
ALTER TABLE decision ADD COLUMN kind text NOT NULL DEFAULT 'original'
  CONSTRAINT decision_kind_check CHECK (kind IN ('original', 'change', 'revoke'));
ALTER TABLE decision ADD COLUMN amends_decision_id uuid REFERENCES decision (id);
ALTER TABLE decision ADD COLUMN original_period_to date;
ALTER TABLE decision DROP CONSTRAINT decision_outcome_check;
ALTER TABLE decision ADD CONSTRAINT decision_outcome_check CHECK (outcome IN ('grant', 'refuse', 'revoke'));
COMMENT ON COLUMN decision.kind IS 'original; change (a new amount from a month, art. 106 ust. 5 ups [M]); revoke (uchylenie from a month).';
COMMENT ON COLUMN decision.amends_decision_id IS 'The decision a change or revocation amends.';
COMMENT ON COLUMN decision.original_period_to IS 'period_to as decided, kept when a later change or revocation shortened period_to.';
CREATE INDEX decision_amends_idx ON decision (amends_decision_id) WHERE amends_decision_id IS NOT NULL;
