-- Legal parameters of social assistance as dated data, and local council resolutions.
-- The seeded rows equal LEGAL_PARAMETER_HISTORY in packages/domain/src/benefits/legal-parameters.ts
-- (apps/server/src/modules/benefits/seed.test.ts holds them equal).
CREATE TABLE legal_parameter_period (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  valid_from date NOT NULL CONSTRAINT legal_parameter_period_valid_from_key UNIQUE,
  criterion_single integer NOT NULL CONSTRAINT legal_parameter_period_criterion_single_check CHECK (criterion_single > 0),
  criterion_per_person integer NOT NULL CONSTRAINT legal_parameter_period_criterion_per_person_check CHECK (criterion_per_person > 0),
  zasilek_staly_max integer NOT NULL CONSTRAINT legal_parameter_period_zasilek_staly_max_check CHECK (zasilek_staly_max >= 0),
  zasilek_staly_min integer NOT NULL,
  zasilek_staly_percent integer NOT NULL CONSTRAINT legal_parameter_period_zasilek_staly_percent_check CHECK (zasilek_staly_percent > 0),
  zasilek_okresowy_min_percent integer NOT NULL
    CONSTRAINT legal_parameter_period_okresowy_percent_check CHECK (zasilek_okresowy_min_percent BETWEEN 1 AND 100),
  zasilek_okresowy_min_amount integer NOT NULL CONSTRAINT legal_parameter_period_okresowy_min_check CHECK (zasilek_okresowy_min_amount >= 0),
  zasilek_okresowy_single_max integer,
  farm_hectare_income integer NOT NULL CONSTRAINT legal_parameter_period_farm_check CHECK (farm_hectare_income >= 0),
  legal_basis text NOT NULL,
  created_by uuid REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT legal_parameter_period_staly_min_max_check CHECK (zasilek_staly_min <= zasilek_staly_max)
);
COMMENT ON TABLE legal_parameter_period IS 'Statutory criteria and amounts of social assistance (ustawa o pomocy społecznej), each row in force from valid_from until the next row begins. Money in grosze.';
COMMENT ON COLUMN legal_parameter_period.valid_from IS 'First day the row is in force; the row in force on day D is the latest with valid_from <= D.';
COMMENT ON COLUMN legal_parameter_period.criterion_single IS 'Art. 8 ust. 1 pkt 1: kryterium dochodowe osoby samotnie gospodarującej, grosze.';
COMMENT ON COLUMN legal_parameter_period.criterion_per_person IS 'Art. 8 ust. 1 pkt 2: kryterium dochodowe na osobę w rodzinie, grosze.';
COMMENT ON COLUMN legal_parameter_period.zasilek_staly_max IS 'Art. 37 ust. 2 pkt 1: the cap of zasiłek stały for a single person, grosze.';
COMMENT ON COLUMN legal_parameter_period.zasilek_staly_min IS 'Art. 37 ust. 3: the floor of zasiłek stały, grosze (30 zł before 2024, 100 zł since).';
COMMENT ON COLUMN legal_parameter_period.zasilek_staly_percent IS 'Art. 37 ust. 2: percent of the criterion the income is subtracted from (100 before 2024, 130 since).';
COMMENT ON COLUMN legal_parameter_period.zasilek_okresowy_min_percent IS 'Art. 38 ust. 3: zasiłek okresowy is at least this percent of the gap between criterion and income.';
COMMENT ON COLUMN legal_parameter_period.zasilek_okresowy_min_amount IS 'Art. 38 ust. 4: and at least this amount, grosze.';
COMMENT ON COLUMN legal_parameter_period.zasilek_okresowy_single_max IS 'A cap on zasiłek okresowy for a single person beyond the gap; NULL = none (sources disagree, see docs/decisions/0002).';
COMMENT ON COLUMN legal_parameter_period.farm_hectare_income IS 'Art. 8 ust. 9: presumed monthly income from 1 ha przeliczeniowy, grosze.';
COMMENT ON COLUMN legal_parameter_period.legal_basis IS 'The act(s) that set these numbers, as printed in explanations and decisions.';
COMMENT ON COLUMN legal_parameter_period.created_by IS 'The administrator who added the row; NULL for the seeded history.';

INSERT INTO legal_parameter_period (valid_from, criterion_single, criterion_per_person, zasilek_staly_max, zasilek_staly_min,
  zasilek_staly_percent, zasilek_okresowy_min_percent, zasilek_okresowy_min_amount, zasilek_okresowy_single_max,
  farm_hectare_income, legal_basis) VALUES
('2015-10-01', 63400, 51400, 60400, 3000, 100, 50, 2000, NULL, 28800, 'rozporządzenie Rady Ministrów z dnia 14 lipca 2015 r. w sprawie zweryfikowanych kryteriów dochodowych oraz kwot świadczeń pieniężnych z pomocy społecznej (Dz.U. 2015 poz. 1058)'),
('2018-10-01', 70100, 52800, 64500, 3000, 100, 50, 2000, NULL, 30800, 'rozporządzenie Rady Ministrów z dnia 11 lipca 2018 r. w sprawie zweryfikowanych kryteriów dochodowych oraz kwot świadczeń pieniężnych z pomocy społecznej (Dz.U. 2018 poz. 1358)'),
('2022-01-01', 77600, 60000, 71900, 3000, 100, 50, 2000, NULL, 34500, 'rozporządzenie Rady Ministrów z dnia 14 lipca 2021 r. w sprawie zweryfikowanych kryteriów dochodowych oraz kwot świadczeń pieniężnych z pomocy społecznej (Dz.U. 2021 poz. 1296)'),
('2024-01-01', 77600, 60000, 100000, 10000, 130, 50, 2000, NULL, 34500, 'rozporządzenie Rady Ministrów z dnia 14 lipca 2021 r. w sprawie zweryfikowanych kryteriów dochodowych oraz kwot świadczeń pieniężnych z pomocy społecznej (Dz.U. 2021 poz. 1296); ustawa z dnia 28 lipca 2023 r. zmieniająca ustawę o pomocy społecznej, art. 37 ust. 2–3 (Dz.U. 2023 poz. 1693)'),
('2025-01-01', 101000, 82300, 122900, 10000, 130, 50, 2000, NULL, 45900, 'rozporządzenie Rady Ministrów z dnia 12 lipca 2024 r. w sprawie zweryfikowanych kryteriów dochodowych oraz kwot świadczeń pieniężnych z pomocy społecznej (Dz.U. 2024 poz. 1044)');

CREATE TABLE local_resolution (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  number text NOT NULL,
  adopted_on date NOT NULL,
  valid_from date NOT NULL,
  valid_to date,
  kind text NOT NULL CONSTRAINT local_resolution_kind_check CHECK (kind IN ('zasilekOkresowyMinPercent', 'programmeCriterionPercent')),
  percent integer NOT NULL CONSTRAINT local_resolution_percent_check CHECK (percent > 0),
  programme text,
  title text NOT NULL,
  created_by uuid REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT local_resolution_number_key UNIQUE (number, kind),
  CONSTRAINT local_resolution_dates_check CHECK (valid_to IS NULL OR valid_to >= valid_from),
  CONSTRAINT local_resolution_programme_check CHECK (kind <> 'programmeCriterionPercent' OR programme IS NOT NULL)
);
COMMENT ON TABLE local_resolution IS 'Resolutions of the city council (uchwały rady gminy) that change social-assistance amounts locally, with their number and dates.';
COMMENT ON COLUMN local_resolution.number IS 'The resolution number as published, e.g. XXXVI/285/2013.';
COMMENT ON COLUMN local_resolution.adopted_on IS 'Date the council adopted the resolution.';
COMMENT ON COLUMN local_resolution.valid_from IS 'First day the resolution applies.';
COMMENT ON COLUMN local_resolution.valid_to IS 'Last day it applies; NULL until repealed.';
COMMENT ON COLUMN local_resolution.kind IS 'zasilekOkresowyMinPercent: art. 38 ust. 6 raised minimum share of the gap; programmeCriterionPercent: art. 8 ust. 2 raised criterion for a programme.';
COMMENT ON COLUMN local_resolution.percent IS 'The raised percentage (of the gap, or of the statutory criterion).';
COMMENT ON COLUMN local_resolution.programme IS 'For programmeCriterionPercent: the programme it applies to, e.g. Posiłek w szkole i w domu.';
CREATE INDEX local_resolution_kind_from_idx ON local_resolution (kind, valid_from);
