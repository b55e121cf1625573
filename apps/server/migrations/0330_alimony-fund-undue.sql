-- Undue alimony-fund benefits (art. 2 pkt 7 and art. 23 uFA): the decision's breakdown beside the
-- receivable it establishes (the payments module recovers, deducts and waives it as any other).

CREATE TABLE alimony_fund_undue (
  receivable_id uuid PRIMARY KEY REFERENCES receivable (id),
  application_id uuid NOT NULL REFERENCES alimony_fund_application (id),
  ground text NOT NULL CONSTRAINT alimony_fund_undue_ground_check CHECK (ground IN ('a', 'b', 'c', 'd', 'e', 'f', 'g')),
  principal integer NOT NULL CONSTRAINT alimony_fund_undue_principal_check CHECK (principal > 0),
  interest integer NOT NULL CONSTRAINT alimony_fund_undue_interest_check CHECK (interest >= 0),
  payments jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE alimony_fund_undue IS 'Decision on undue alimony-fund benefits (art. 23 uFA); the amount owed (principal + interest) is its receivable.';
COMMENT ON COLUMN alimony_fund_undue.ground IS 'The letter of art. 2 pkt 7 uFA; lit. c and e bear no interest (art. 23 ust. 1a).';
COMMENT ON COLUMN alimony_fund_undue.principal IS 'Grosze of the benefits paid that were undue.';
COMMENT ON COLUMN alimony_fund_undue.interest IS 'Grosze of statutory interest for delay to the decision day, from the first day of the month after each payment (art. 23 ust. 7).';
COMMENT ON COLUMN alimony_fund_undue.payments IS 'The undue part of each paid payment: [{month, paidOn, amount}].';
CREATE INDEX alimony_fund_undue_application_idx ON alimony_fund_undue (application_id);
