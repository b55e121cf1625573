-- Karta Dużej Rodziny (ustawa z dnia 5 grudnia 2014 r. o Karcie Dużej Rodziny): the family's
-- application with its members and their right to a card, and the cards issued to them — each
-- with its number, validity (a parent's for life since 2019, a child's until its right ends), the
-- electronic card requested and its extensions after a new school certificate.
CREATE TABLE large_family_card_application (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  number text NOT NULL CONSTRAINT large_family_card_application_number_key UNIQUE,
  household_id uuid NOT NULL REFERENCES household (id),
  applicant_id uuid NOT NULL REFERENCES person (id),
  submitted_on date NOT NULL,
  members jsonb NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_by uuid NOT NULL REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE large_family_card_application IS 'Wniosek o przyznanie Karty Dużej Rodziny for the members of a family (art. 10 ustawy o KDR).';
COMMENT ON COLUMN large_family_card_application.number IS 'Register number KDR/YYYY/NNNNNN.';
COMMENT ON COLUMN large_family_card_application.members IS 'The family as declared: [{personId, name, birthDate, role, childrenEver, deprivedOfAuthority, schoolUntil, disability, electronic}].';
COMMENT ON COLUMN large_family_card_application.submitted_on IS 'The day of the application: the day the right of each member is judged on (art. 4 ustawy o KDR).';
CREATE INDEX large_family_card_application_list_idx ON large_family_card_application (submitted_on DESC, id DESC);

CREATE TABLE large_family_card (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  application_id uuid NOT NULL REFERENCES large_family_card_application (id),
  person_id uuid NOT NULL REFERENCES person (id),
  number text NOT NULL CONSTRAINT large_family_card_number_key UNIQUE,
  role text NOT NULL CONSTRAINT large_family_card_role_check CHECK (role IN ('parent', 'child')),
  valid_from date NOT NULL,
  valid_until date,
  electronic_requested_on date,
  extended_on date,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT large_family_card_validity_check CHECK (valid_until IS NULL OR valid_until >= valid_from)
);
COMMENT ON TABLE large_family_card IS 'A Karta Dużej Rodziny issued to one member of a family (free of charge, art. 10 ust. 1 ustawy o KDR).';
COMMENT ON COLUMN large_family_card.number IS 'The card number KDR-YYYY-NNNNNN, one per member.';
COMMENT ON COLUMN large_family_card.role IS 'parent (or the parent''s spouse) or child.';
COMMENT ON COLUMN large_family_card.valid_from IS 'The day the card was granted.';
COMMENT ON COLUMN large_family_card.valid_until IS 'The last day of validity: NULL for a parent (for life since 1.01.2019) or a child with a permanent disability; a child''s card ends when its right ends (art. 7 ust. 1).';
COMMENT ON COLUMN large_family_card.electronic_requested_on IS 'The day the electronic (mobile) card was requested (art. 10 ust. 1a); NULL: the plastic card only.';
COMMENT ON COLUMN large_family_card.extended_on IS 'The day the validity was last extended on a new school certificate (art. 7 ust. 2).';
CREATE INDEX large_family_card_valid_until_idx ON large_family_card (valid_until, id) WHERE valid_until IS NOT NULL;
CREATE INDEX large_family_card_application_idx ON large_family_card (application_id);
