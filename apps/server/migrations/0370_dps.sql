-- Domy pomocy społecznej (art. 54–61, 64, 64a ups): the register of homes with the average monthly
-- cost each powiat's starosta publishes (dated data), the referral file of a person with its
-- documents, the decision referring, the decision setting the fee, and the admission.
CREATE TABLE dps_home (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL CONSTRAINT dps_home_name_key UNIQUE,
  powiat text NOT NULL,
  kind text NOT NULL CONSTRAINT dps_home_kind_check CHECK (kind IN ('elderly', 'chronicSomatic', 'chronicMental', 'intellectualAdults', 'intellectualChildren', 'physicalDisability', 'addicted')),
  address text,
  created_by uuid REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE dps_home IS 'A dom pomocy społecznej the centre refers residents to (data, not code).';
COMMENT ON COLUMN dps_home.powiat IS 'The powiat running or commissioning the home, whose starosta publishes its average monthly cost.';
COMMENT ON COLUMN dps_home.kind IS 'Type of home by art. 56 ups: elderly, chronicSomatic, chronicMental, intellectualAdults, intellectualChildren, physicalDisability, addicted.';

CREATE TABLE dps_home_cost (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  home_id uuid NOT NULL REFERENCES dps_home (id),
  valid_from date NOT NULL,
  monthly_cost_grosze integer NOT NULL CONSTRAINT dps_home_cost_positive CHECK (monthly_cost_grosze > 0),
  published_on date NOT NULL,
  source text NOT NULL,
  created_by uuid REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT dps_home_cost_key UNIQUE (home_id, valid_from)
);
COMMENT ON TABLE dps_home_cost IS 'Średni miesięczny koszt utrzymania mieszkańca (art. 60 ust. 2 ups), published by the starosta by 31 March; the one in force on a day is the latest valid_from on or before it. Never edited: a fee decision keeps the cost it used.';
COMMENT ON COLUMN dps_home_cost.source IS 'The announcement (obwieszczenie/zarządzenie) and where it was published.';

CREATE TABLE dps_referral (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL REFERENCES person (id),
  application_id uuid NOT NULL REFERENCES application (id),
  wywiad_id uuid NOT NULL REFERENCES wywiad (id),
  home_id uuid NOT NULL REFERENCES dps_home (id),
  consent_on date NOT NULL,
  referral_number text UNIQUE,
  referred_on date,
  referred_by uuid REFERENCES staff_user (id),
  fee_number text UNIQUE,
  fee_decided_on date,
  fee_decided_by uuid REFERENCES staff_user (id),
  home_cost_id uuid REFERENCES dps_home_cost (id),
  monthly_cost_grosze integer,
  resident_income_grosze integer,
  resident_grosze integer,
  relatives_grosze integer,
  gmina_grosze integer CONSTRAINT dps_referral_gmina_check CHECK (gmina_grosze >= 0),
  fee jsonb,
  admitted_on date,
  created_by uuid REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT dps_referral_fee_after_referral CHECK (fee_decided_on IS NULL OR referred_on IS NOT NULL),
  CONSTRAINT dps_referral_admitted_after_referral CHECK (admitted_on IS NULL OR (referred_on IS NOT NULL AND admitted_on >= referred_on)),
  CONSTRAINT dps_referral_shares_check CHECK (fee IS NULL OR resident_grosze + relatives_grosze + gmina_grosze = monthly_cost_grosze)
);
COMMENT ON TABLE dps_referral IS 'The referral file (skierowanie do DPS) of a person: consent, home visit, chosen home, the decision referring (art. 59 ust. 1), the decision setting the fee (art. 59 ust. 1, art. 61) and the admission.';
COMMENT ON COLUMN dps_referral.wywiad_id IS 'The home visit (rodzinny wywiad środowiskowy) the referral rests on: the latest of the application.';
COMMENT ON COLUMN dps_referral.consent_on IS 'The day the person (or the legal representative) consented in writing to the stay (art. 54 ust. 1).';
COMMENT ON COLUMN dps_referral.referral_number IS 'Number of the decision referring, from the decision register; NULL before the decision. Its date (referred_on) orders the waiting list.';
COMMENT ON COLUMN dps_referral.fee_number IS 'Number of the decision setting the fee, from the decision register.';
COMMENT ON COLUMN dps_referral.home_cost_id IS 'The published average monthly cost the fee was computed with.';
COMMENT ON COLUMN dps_referral.resident_grosze IS 'What the resident pays a month (at most 70 % of income, art. 61 ust. 1 pkt 1).';
COMMENT ON COLUMN dps_referral.relatives_grosze IS 'What the spouse, descendants and ascendants pay a month by agreement (art. 61 ust. 1 pkt 2, art. 103 ust. 2).';
COMMENT ON COLUMN dps_referral.gmina_grosze IS 'What the gmina pays a month: the rest up to the average cost (art. 61 ust. 1 pkt 3).';
COMMENT ON COLUMN dps_referral.fee IS 'The fee decision as computed: {residentIncome, relatives:[{name,relation,income,size,agreed,agreementOn,exemption}], payments:[{payer,relativeIndex,amount,article}], steps}.';
COMMENT ON COLUMN dps_referral.admitted_on IS 'The day the person entered the home; NULL while waiting. Never before the decision referring.';
CREATE INDEX dps_referral_waiting_idx ON dps_referral (referred_on, created_at) WHERE admitted_on IS NULL AND referred_on IS NOT NULL;
CREATE INDEX dps_referral_person_idx ON dps_referral (person_id);

CREATE TABLE dps_document (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  referral_id uuid NOT NULL REFERENCES dps_referral (id),
  kind text NOT NULL CONSTRAINT dps_document_kind_check CHECK (kind IN ('consent', 'medical', 'psychological', 'other')),
  file_name text NOT NULL,
  media_type text NOT NULL CONSTRAINT dps_document_type_check CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png')),
  size integer NOT NULL CONSTRAINT dps_document_size_check CHECK (size > 0),
  data bytea NOT NULL,
  uploaded_by uuid REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE dps_document IS 'Documents of a referral file, scanned: the consent, the medical certificate (zaświadczenie lekarskie) and the psychological or other opinions; the type proven by the magic bytes.';
CREATE INDEX dps_document_referral_idx ON dps_document (referral_id, created_at);
