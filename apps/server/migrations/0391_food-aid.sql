-- FEPŻ food aid (issue 17): the programme's income threshold by date, the partner organisations,
-- the workers' referrals and what the partners report handed out each month.

CREATE TABLE food_aid_threshold (
  valid_from date PRIMARY KEY,
  percent integer NOT NULL CHECK (percent > 0)
);
COMMENT ON TABLE food_aid_threshold IS 'The food aid programme''s income threshold as a percentage of the art. 8 ups criterion, valid from a day (set by the ministry [M]).';
INSERT INTO food_aid_threshold (valid_from, percent) VALUES
  ('2020-11-26', 220),
  ('2023-05-15', 235),
  ('2024-02-12', 265);

CREATE TABLE food_aid_partner (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL UNIQUE,
  address text NOT NULL,
  contact text,
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE food_aid_partner IS 'A partner organisation (food bank, Caritas, PCK) that hands out the food to referred persons.';

CREATE TABLE food_aid_referral (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL REFERENCES person (id),
  partner_id uuid NOT NULL REFERENCES food_aid_partner (id),
  issued_on date NOT NULL,
  valid_until date NOT NULL,
  household_size integer NOT NULL CHECK (household_size > 0),
  income_per_person_grosze integer NOT NULL CHECK (income_per_person_grosze >= 0),
  reasons text[] NOT NULL,
  threshold_percent integer NOT NULL,
  limit_grosze integer NOT NULL,
  issued_by uuid NOT NULL REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT food_aid_referral_period_check CHECK (valid_until >= issued_on)
);
COMMENT ON TABLE food_aid_referral IS 'A social worker''s referral (skierowanie) of a person and their household to food aid at a partner.';
COMMENT ON COLUMN food_aid_referral.reasons IS 'The art. 7 ups reasons the person has (codes).';
COMMENT ON COLUMN food_aid_referral.threshold_percent IS 'The threshold in force on the day of issue (food_aid_threshold).';
COMMENT ON COLUMN food_aid_referral.limit_grosze IS 'The income limit per person it gave for this household, grosze.';
COMMENT ON COLUMN food_aid_referral.valid_until IS 'Last day food is handed out on it; the referral is on the partner''s lists of the months it covers.';
CREATE INDEX food_aid_referral_partner_idx ON food_aid_referral (partner_id, issued_on);
CREATE INDEX food_aid_referral_person_idx ON food_aid_referral (person_id);
CREATE INDEX food_aid_referral_issued_idx ON food_aid_referral (issued_on);

CREATE TABLE food_aid_distribution (
  referral_id uuid NOT NULL REFERENCES food_aid_referral (id),
  month date NOT NULL CHECK (extract(day FROM month) = 1),
  kilograms numeric(8, 2) NOT NULL CHECK (kilograms >= 0),
  parcels integer NOT NULL CHECK (parcels >= 0),
  imported_by uuid REFERENCES staff_user (id),
  imported_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (referral_id, month)
);
COMMENT ON TABLE food_aid_distribution IS 'What the partner reported handed out on a referral in a month (its CSV); a second import of the month replaces the figures.';
COMMENT ON COLUMN food_aid_distribution.month IS 'The first day of the month.';
