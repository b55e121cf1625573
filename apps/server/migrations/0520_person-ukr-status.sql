-- The UKR status of a citizen of Ukraine (art. 4 ustawy z 12.03.2022 o pomocy obywatelom Ukrainy
-- w związku z konfliktem zbrojnym na terytorium tego państwa): the PESEL register marks the person's
-- stay as legal under that act; the status is lost e.g. by leaving Poland for over a month.
ALTER TABLE person
  ADD COLUMN ukr_status text NOT NULL DEFAULT 'none'
    CONSTRAINT person_ukr_status_check CHECK (ukr_status IN ('ukr', 'lost', 'none')),
  ADD COLUMN ukr_since date,
  ADD COLUMN ukr_lost_on date,
  ADD COLUMN ukr_lost_reason text
    CONSTRAINT person_ukr_lost_reason_check
      CHECK (ukr_lost_reason IN ('leftPoland', 'residencePermit', 'protectionElsewhere', 'other')),
  ADD CONSTRAINT person_ukr_dates_check CHECK (
    (ukr_status = 'none' AND ukr_since IS NULL AND ukr_lost_on IS NULL AND ukr_lost_reason IS NULL)
    OR (ukr_status = 'ukr' AND ukr_since IS NOT NULL AND ukr_lost_on IS NULL AND ukr_lost_reason IS NULL)
    OR (ukr_status = 'lost' AND ukr_since IS NOT NULL AND ukr_lost_on >= ukr_since AND ukr_lost_reason IS NOT NULL)
  );
COMMENT ON COLUMN person.ukr_status IS 'The UKR status of the PESEL (art. 4 of the act of 12.03.2022 on help to citizens of Ukraine): ukr = held, lost = held and lost, none = never recorded.';
COMMENT ON COLUMN person.ukr_since IS 'The day the UKR status was given (as the PESEL register shows it); NULL for none.';
COMMENT ON COLUMN person.ukr_lost_on IS 'The day the UKR status was lost; set only for lost, never before ukr_since.';
COMMENT ON COLUMN person.ukr_lost_reason IS 'Why the UKR status was lost: leftPoland (left Poland for over a month), residencePermit (a residence permit granted), protectionElsewhere (temporary protection in another state), other.';

-- Who set the status, to what, and when: the person page shows it, newest first.
CREATE TABLE person_ukr_status_change (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  person_id uuid NOT NULL REFERENCES person (id),
  status text NOT NULL CHECK (status IN ('ukr', 'lost', 'none')),
  since date,
  lost_on date,
  lost_reason text,
  changed_by uuid REFERENCES staff_user (id),
  changed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX person_ukr_status_change_person_idx ON person_ukr_status_change (person_id, id DESC);
COMMENT ON TABLE person_ukr_status_change IS 'History of a person''s UKR status (art. 4 of the act of 12.03.2022): each change with the values set, who set them and when.';
COMMENT ON COLUMN person_ukr_status_change.status IS 'The status set by this change (ukr, lost, none).';
COMMENT ON COLUMN person_ukr_status_change.changed_by IS 'The staff user who recorded the change (NULL for the demo seed).';

-- The reports count help paid to persons holding the status.
CREATE INDEX person_ukr_status_idx ON person (ukr_status, id) WHERE ukr_status <> 'none';
