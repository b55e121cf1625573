-- Art. 38 ust. 2 pkt 1 ups: the cap of zasiłek okresowy for a single person, as the text in force
-- on each date read. Only the seeded rows (created_by IS NULL) are set; a row an administrator
-- entered keeps what they entered. Equal to LEGAL_PARAMETER_HISTORY in
-- packages/domain/src/benefits/legal-parameters.ts (apps/server/src/modules/benefits/seed.test.ts).
UPDATE legal_parameter_period SET zasilek_okresowy_single_max = 41800 WHERE valid_from = '2015-10-01' AND created_by IS NULL;
UPDATE legal_parameter_period SET zasilek_okresowy_single_max = 41800 WHERE valid_from = '2018-10-01' AND created_by IS NULL;
UPDATE legal_parameter_period SET zasilek_okresowy_single_max = 41800 WHERE valid_from = '2022-01-01' AND created_by IS NULL;
UPDATE legal_parameter_period SET zasilek_okresowy_single_max = 60000 WHERE valid_from = '2024-01-01' AND created_by IS NULL;
UPDATE legal_parameter_period SET zasilek_okresowy_single_max = 82300 WHERE valid_from = '2025-01-01' AND created_by IS NULL;
COMMENT ON COLUMN legal_parameter_period.zasilek_okresowy_single_max IS 'Art. 38 ust. 2 pkt 1: cap of zasiłek okresowy for a single person, grosze; NULL = none. 418 zł in the text in force until 31.12.2023 (OPS pages quote it); since 1.01.2024 the criterion per person in a family [M: one OPS page; verify the t.j. on ISAP].';
