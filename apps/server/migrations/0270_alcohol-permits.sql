-- Sale permits in the alcohol commission's work: the council's limits and distance rule as data,
-- the sale points, the commission's opinions on permit applications (art. 18 ust. 3a), inspections
-- of sale points with their protocol, and sellers' training. Reached only with alcoholCommission.work.

CREATE TABLE alcohol_permit_rules (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  valid_from date NOT NULL UNIQUE,
  resolution text NOT NULL,
  limits jsonb NOT NULL,
  min_distance_m integer NOT NULL CHECK (min_distance_m >= 0),
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE alcohol_permit_rules IS 'The council''s resolutions on permits (art. 12 ust. 1 and 3), each valid from a day until the next one.';
COMMENT ON COLUMN alcohol_permit_rules.resolution IS 'The resolution''s number and date.';
COMMENT ON COLUMN alcohol_permit_rules.limits IS 'Most permits per kind, apart for sale on and off the premises: {"on":{"A":n,"B":n,"C":n},"off":{…}}.';
COMMENT ON COLUMN alcohol_permit_rules.min_distance_m IS 'Least distance in metres of a sale point from protected objects (schools, churches…).';

CREATE TABLE alcohol_shop (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL,
  operator text NOT NULL,
  nip text NOT NULL,
  address text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE alcohol_shop IS 'A sale point (shop, bar, restaurant) for which the commission opines on permits and which it inspects.';
COMMENT ON COLUMN alcohol_shop.operator IS 'The business running the point (the permit holder).';
COMMENT ON COLUMN alcohol_shop.nip IS 'The operator''s tax number.';
CREATE INDEX alcohol_shop_name_idx ON alcohol_shop (name, id);

CREATE TABLE alcohol_permit_opinion (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  shop_id uuid NOT NULL REFERENCES alcohol_shop (id),
  applied_on date NOT NULL,
  application_number text NOT NULL,
  kinds text[] NOT NULL,
  premises text NOT NULL CHECK (premises IN ('on', 'off')),
  valid_from date NOT NULL,
  valid_to date NOT NULL CHECK (valid_to >= valid_from),
  distance_m integer NOT NULL CHECK (distance_m >= 0),
  min_distance_m integer,
  limits jsonb NOT NULL,
  opinion_on date NOT NULL,
  opinion text NOT NULL CHECK (opinion IN ('positive', 'negative')),
  reason text,
  created_by uuid REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE alcohol_permit_opinion IS 'The commission''s opinion on a permit application: compliance with the council''s limits and distance rule.';
COMMENT ON COLUMN alcohol_permit_opinion.application_number IS 'Number the mayor''s office gave the application.';
COMMENT ON COLUMN alcohol_permit_opinion.kinds IS 'Permit kinds applied for: A, B, C.';
COMMENT ON COLUMN alcohol_permit_opinion.premises IS 'on: consumption on the premises; off: sale to take away.';
COMMENT ON COLUMN alcohol_permit_opinion.valid_from IS 'First day of the permit applied for; limits count positive opinions in force that day.';
COMMENT ON COLUMN alcohol_permit_opinion.valid_to IS 'Last day of the permit applied for.';
COMMENT ON COLUMN alcohol_permit_opinion.distance_m IS 'Measured distance in metres to the nearest protected object.';
COMMENT ON COLUMN alcohol_permit_opinion.min_distance_m IS 'The council''s distance rule on the opinion''s day (null: none set).';
COMMENT ON COLUMN alcohol_permit_opinion.limits IS 'The limit check as made: per kind the limit, the permits in force, within or not.';
COMMENT ON COLUMN alcohol_permit_opinion.reason IS 'Reasons; required for a negative opinion and for a positive one nearer than the distance rule.';
CREATE INDEX alcohol_permit_opinion_year_idx ON alcohol_permit_opinion (opinion_on DESC, id DESC);
CREATE INDEX alcohol_permit_opinion_in_force_idx ON alcohol_permit_opinion (premises, valid_from, valid_to)
  WHERE opinion = 'positive';
CREATE INDEX alcohol_permit_opinion_shop_idx ON alcohol_permit_opinion (shop_id);

CREATE TABLE alcohol_inspection (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  shop_id uuid NOT NULL REFERENCES alcohol_shop (id),
  on_date date NOT NULL,
  inspectors text NOT NULL,
  findings text NOT NULL,
  result text NOT NULL CHECK (result IN ('compliant', 'irregularities')),
  recommendations text,
  created_by uuid REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE alcohol_inspection IS 'An inspection (kontrola) of a sale point by the commission''s members, with its protocol.';
COMMENT ON COLUMN alcohol_inspection.inspectors IS 'Members who carried out the inspection.';
COMMENT ON COLUMN alcohol_inspection.findings IS 'What was checked and found, as the protocol records it.';
COMMENT ON COLUMN alcohol_inspection.result IS 'compliant or irregularities.';
COMMENT ON COLUMN alcohol_inspection.recommendations IS 'Recommendations after irregularities (required then).';
CREATE INDEX alcohol_inspection_shop_idx ON alcohol_inspection (shop_id, on_date);
CREATE INDEX alcohol_inspection_date_idx ON alcohol_inspection (on_date);

CREATE TABLE alcohol_seller_training (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  shop_id uuid NOT NULL REFERENCES alcohol_shop (id),
  on_date date NOT NULL,
  topic text NOT NULL,
  participants integer NOT NULL CHECK (participants > 0),
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE alcohol_seller_training IS 'Training of a sale point''s sellers (e.g. refusing sale to minors and drunk persons).';
COMMENT ON COLUMN alcohol_seller_training.participants IS 'Sellers trained.';
CREATE INDEX alcohol_seller_training_shop_idx ON alcohol_seller_training (shop_id, on_date);
