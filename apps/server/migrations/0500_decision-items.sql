-- A zasiłek celowy's purpose (art. 39 ust. 2 ups) and, for clothing (niezbędne ubranie, art. 48 ups),
-- the items granted: in cash (each with its amount, adding up to the decision's amount) or in kind
-- from the centre's clothing store (no payment), with the record of their hand-out.
ALTER TABLE decision
  ADD COLUMN purpose text CONSTRAINT decision_purpose_check
    CHECK (purpose IN ('food', 'medicines', 'fuel', 'clothing', 'householdItems', 'repairs', 'funeral', 'other')),
  ADD COLUMN help_form text NOT NULL DEFAULT 'cash' CONSTRAINT decision_help_form_check CHECK (help_form IN ('cash', 'inKind')),
  ADD COLUMN items jsonb NOT NULL DEFAULT '[]';
COMMENT ON COLUMN decision.purpose IS 'What a zasiłek celowy is for (art. 39 ust. 2 ups: food, medicines, fuel, clothing…); NULL for other benefits and older decisions.';
COMMENT ON COLUMN decision.help_form IS 'cash: the benefit is paid; inKind: clothing handed out from the centre''s store (art. 36 pkt 2 lit. k, art. 48 ups), amount 0 and no payments.';
COMMENT ON COLUMN decision.items IS 'Clothing granted, as [{name, quantity, unitGrosze}]; unitGrosze (amount per item) only in cash, where quantity × unitGrosze adds up to amount.';

CREATE TABLE decision_handout (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  decision_id uuid NOT NULL CONSTRAINT decision_handout_decision_key UNIQUE REFERENCES decision (id),
  handed_out_on date NOT NULL,
  handed_out_by_id uuid NOT NULL REFERENCES staff_user (id),
  received_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE decision_handout IS 'The hand-out of the items an in-kind clothing decision grants (art. 48 ups): when, by whom, and who signed the receipt.';
COMMENT ON COLUMN decision_handout.handed_out_by_id IS 'The staff member who handed the items out from the store.';
COMMENT ON COLUMN decision_handout.received_by IS 'Who took the items and signed the receipt (pokwitowanie): the person or whom they authorised.';
