-- Karta Dużej Rodziny applied for on the residents' portal: the family as the resident typed it
-- (its persons are not yet in the registry), the attachments declared, how to reach it. The clerk
-- registers the family and the application in the KDR module; the row then points to it.
CREATE TABLE large_family_card_online_application (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  reference text NOT NULL CONSTRAINT large_family_card_online_application_reference_key UNIQUE,
  submitted_at timestamptz NOT NULL DEFAULT now(),
  address jsonb NOT NULL,
  contact jsonb NOT NULL,
  members jsonb NOT NULL,
  attachments text[] NOT NULL DEFAULT '{}',
  application_id uuid REFERENCES large_family_card_application (id),
  registered_at timestamptz
);
COMMENT ON TABLE large_family_card_online_application IS 'Wniosek o Kartę Dużej Rodziny filed on the portal, before the clerk registers it (art. 10 ustawy o KDR).';
COMMENT ON COLUMN large_family_card_online_application.reference IS 'E/YYYY/NNNNN: the register of e-applications, shared with the online applications for help.';
COMMENT ON COLUMN large_family_card_online_application.address IS '{street, building, apartment, postalCode, city} as typed.';
COMMENT ON COLUMN large_family_card_online_application.contact IS '{phone, email, preferredContact}.';
COMMENT ON COLUMN large_family_card_online_application.members IS 'The family as typed, applicant first: [{firstName, surname, pesel, birthDate, role, childrenEver, schoolUntil, disability, disabilityUntil, electronic}].';
COMMENT ON COLUMN large_family_card_online_application.attachments IS 'The documents the resident declared attached (identity, schoolCertificate, disabilityCertificate, parenthood).';
COMMENT ON COLUMN large_family_card_online_application.application_id IS 'The application the clerk registered from it; NULL while it waits.';
COMMENT ON COLUMN large_family_card_online_application.registered_at IS 'When the clerk registered it.';
CREATE INDEX large_family_card_online_application_list_idx ON large_family_card_online_application (submitted_at DESC, id DESC);
