-- Sprawienie pogrzebu (art. 17 ust. 1 pkt 15 and art. 44 ups): the funeral homes the gmina has
-- contracts with, the council's limit of a funeral's cost (dated data), the funerals the centre
-- arranges (no administrative decision, art. 106 ust. 2), and the recovery of their cost from the
-- ZUS funeral allowance or the estate (art. 96 ust. 3 ups).
CREATE TABLE funeral_home (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL,
  address text NOT NULL,
  contract_number text NOT NULL,
  created_by uuid REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE funeral_home IS 'A funeral home the gmina has a contract with for the funerals it arranges (art. 44 ups).';
COMMENT ON COLUMN funeral_home.contract_number IS 'The contract''s number, printed on the order.';
CREATE INDEX funeral_home_name_idx ON funeral_home (name, id);

CREATE TABLE funeral_cost_limit (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  resolution_number text NOT NULL,
  adopted_on date NOT NULL,
  valid_from date NOT NULL,
  limit_grosze integer NOT NULL CHECK (limit_grosze > 0),
  created_by uuid REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT funeral_cost_limit_dates_check CHECK (valid_from >= adopted_on),
  CONSTRAINT funeral_cost_limit_key UNIQUE (valid_from, resolution_number)
);
COMMENT ON TABLE funeral_cost_limit IS 'The council''s resolution limiting the cost of a funeral the centre arranges, valid from a date. Never updated: a funeral keeps the limit it was ordered under.';
COMMENT ON COLUMN funeral_cost_limit.valid_from IS 'First day it applies to: a funeral takes the limit in force on the day it is ordered.';
COMMENT ON COLUMN funeral_cost_limit.limit_grosze IS 'The most a funeral may cost without a written reason, grosze.';

CREATE TABLE funeral (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  number text NOT NULL UNIQUE,
  person_id uuid NOT NULL UNIQUE REFERENCES person (id),
  date_of_death date NOT NULL,
  place_of_death text,
  reported_by text NOT NULL,
  reported_on date NOT NULL,
  funeral_home_id uuid NOT NULL REFERENCES funeral_home (id),
  ordered_on date NOT NULL,
  limit_id uuid NOT NULL REFERENCES funeral_cost_limit (id),
  cost_grosze integer NOT NULL CHECK (cost_grosze > 0),
  over_limit_reason text,
  invoice_number text,
  invoice_issued_on date,
  created_by uuid REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT funeral_dates_check CHECK (ordered_on >= date_of_death)
);
COMMENT ON TABLE funeral IS 'A funeral the centre arranges (art. 44 ups) through a contracted funeral home; one per deceased person. No decision (art. 106 ust. 2): the order is numbered in its own register.';
COMMENT ON COLUMN funeral.number IS 'Register number of the order (register_counter ''funeral'').';
COMMENT ON COLUMN funeral.person_id IS 'The deceased, as registered in the registry.';
COMMENT ON COLUMN funeral.reported_by IS 'Who reported the death to the centre (a neighbour, the hospital, the police).';
COMMENT ON COLUMN funeral.limit_id IS 'The cost limit in force on ordered_on.';
COMMENT ON COLUMN funeral.cost_grosze IS 'The cost agreed with the funeral home, replaced by the invoice''s amount once it comes, grosze.';
COMMENT ON COLUMN funeral.over_limit_reason IS 'Why the cost exceeds the limit; required then.';
COMMENT ON COLUMN funeral.invoice_number IS 'The funeral home''s invoice; NULL until it comes.';
CREATE INDEX funeral_list_idx ON funeral (ordered_on DESC, id DESC);

CREATE TABLE funeral_recovery (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  funeral_id uuid NOT NULL REFERENCES funeral (id),
  source text NOT NULL CHECK (source IN ('zusAllowance', 'estate')),
  kind text NOT NULL CHECK (kind IN ('claimed', 'received')),
  amount_grosze integer NOT NULL CHECK (amount_grosze > 0),
  on_date date NOT NULL,
  reference text,
  created_by uuid REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE funeral_recovery IS 'The recovery of a funeral''s cost (art. 96 ust. 3 ups): demands sent and money received, from the ZUS funeral allowance or the estate. Append-only.';
COMMENT ON COLUMN funeral_recovery.source IS 'zusAllowance (zasiłek pogrzebowy paid to the gmina by ZUS) or estate (masa spadkowa, the heirs).';
COMMENT ON COLUMN funeral_recovery.kind IS 'claimed: a demand sent (to ZUS, the heirs or the court); received: money paid in.';
COMMENT ON COLUMN funeral_recovery.reference IS 'The letter''s or the payment''s reference.';
CREATE INDEX funeral_recovery_funeral_idx ON funeral_recovery (funeral_id, on_date);
