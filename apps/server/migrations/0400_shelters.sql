-- Shelter for the homeless (art. 48a ups): the register of places the gmina refers to, the
-- council's fee resolutions for them (art. 97 ust. 5 ups) and the referrals, with a decision
-- where the act requires one (not for a night shelter or heated room, art. 106 ust. 2).
CREATE TABLE shelter (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL,
  kind text NOT NULL CONSTRAINT shelter_kind_check CHECK (kind IN ('shelter', 'shelterWithCare', 'nightShelter', 'heatedRoom')),
  address text NOT NULL,
  places integer NOT NULL CHECK (places > 0),
  created_by uuid REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE shelter IS 'A place the centre refers homeless persons to (art. 48a ups): its own or one it contracts.';
COMMENT ON COLUMN shelter.kind IS 'shelter (schronisko, art. 48a ust. 2), shelterWithCare (schronisko z usługami opiekuńczymi), nightShelter (noclegownia), heatedRoom (ogrzewalnia).';
COMMENT ON COLUMN shelter.address IS 'The place''s address as printed on the referral.';
COMMENT ON COLUMN shelter.places IS 'Places offered to the gmina: no referral is written when they are all taken in its period.';
CREATE INDEX shelter_name_idx ON shelter (name, id);

CREATE TABLE shelter_fee_resolution (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  number text NOT NULL,
  adopted_on date NOT NULL,
  valid_from date NOT NULL,
  kind text NOT NULL CHECK (kind IN ('shelter', 'shelterWithCare', 'nightShelter', 'heatedRoom')),
  daily_cost_grosze integer NOT NULL CHECK (daily_cost_grosze > 0),
  bands jsonb NOT NULL,
  created_by uuid REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT shelter_fee_resolution_dates_check CHECK (valid_from >= adopted_on),
  CONSTRAINT shelter_fee_resolution_key UNIQUE (kind, valid_from, number)
);
COMMENT ON TABLE shelter_fee_resolution IS 'The council''s resolution on fees for a kind of shelter (art. 97 ust. 5 ups), valid from a date. Never updated: a referral keeps the one it was computed with.';
COMMENT ON COLUMN shelter_fee_resolution.number IS 'The resolution''s number, e.g. XV/120/2025.';
COMMENT ON COLUMN shelter_fee_resolution.valid_from IS 'First day it applies to: a referral takes the one in force on the first day of its period.';
COMMENT ON COLUMN shelter_fee_resolution.daily_cost_grosze IS 'The cost of one day (night) in this kind of shelter, grosze.';
COMMENT ON COLUMN shelter_fee_resolution.bands IS 'Fee as % of the daily cost by income in % of the criterion: [{"overPct","upToPct"|null,"singlePct","familyPct"}]; income up to the first band stays free.';
CREATE INDEX shelter_fee_resolution_valid_idx ON shelter_fee_resolution (kind, valid_from DESC);

CREATE TABLE shelter_referral (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  number text UNIQUE,
  person_id uuid NOT NULL REFERENCES person (id),
  shelter_id uuid NOT NULL REFERENCES shelter (id),
  application_id uuid REFERENCES application (id),
  wywiad_id uuid REFERENCES wywiad (id),
  period_from date NOT NULL,
  period_to date NOT NULL,
  decided_on date NOT NULL,
  resolution_id uuid REFERENCES shelter_fee_resolution (id),
  daily_fee_grosze integer NOT NULL DEFAULT 0 CHECK (daily_fee_grosze >= 0),
  total_fee_grosze integer NOT NULL DEFAULT 0 CHECK (total_fee_grosze >= 0),
  steps jsonb NOT NULL DEFAULT '[]',
  decided_by uuid REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT shelter_referral_period_check CHECK (period_to >= period_from)
);
COMMENT ON TABLE shelter_referral IS 'A referral to a shelter for a period (art. 48a ups): a decision (numbered in the decision register) for a shelter, a plain referral for a night shelter or heated room (art. 106 ust. 2).';
COMMENT ON COLUMN shelter_referral.number IS 'Decision register number (register_counter ''decision''); NULL when no decision is required.';
COMMENT ON COLUMN shelter_referral.application_id IS 'The application whose home visit gave the income (required for a decision or a fee).';
COMMENT ON COLUMN shelter_referral.wywiad_id IS 'The home visit whose income the fee was computed on.';
COMMENT ON COLUMN shelter_referral.resolution_id IS 'The fee resolution in force on period_from; NULL when the council set none for this kind.';
COMMENT ON COLUMN shelter_referral.daily_fee_grosze IS 'What the person pays for a day, grosze (0: free).';
COMMENT ON COLUMN shelter_referral.total_fee_grosze IS 'The fee for the whole period (days × daily fee), grosze.';
COMMENT ON COLUMN shelter_referral.steps IS 'The fee''s calculation: [{article,key,params}].';
CREATE INDEX shelter_referral_person_idx ON shelter_referral (person_id, decided_on DESC, id DESC);
CREATE INDEX shelter_referral_list_idx ON shelter_referral (decided_on DESC, id DESC);
CREATE INDEX shelter_referral_place_idx ON shelter_referral (shelter_id, period_from, period_to);
