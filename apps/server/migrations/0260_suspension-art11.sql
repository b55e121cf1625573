-- A suspension of payment (wstrzymanie wypłaty) may rest on art. 11 ust. 2 ups: the beneficiary's
-- household broke a social contract. The contract it rests on is kept with the suspension.
ALTER TABLE payment_suspension ADD COLUMN art11_contract_id uuid REFERENCES social_contract (id);
COMMENT ON COLUMN payment_suspension.art11_contract_id IS
  'The broken social contract (kontrakt socjalny) the suspension rests on under art. 11 ust. 2 ups; NULL for any other ground.';
