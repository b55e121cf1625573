-- EU coordination of family benefits: the day the application was forwarded to the voivode
-- (art. 23 ust. 7 usr [M: the paragraph]), recorded beside the flag.
ALTER TABLE family_benefit_application ADD COLUMN forwarded_on date;
COMMENT ON COLUMN family_benefit_application.forwarded_on IS 'The day the application was forwarded to the voivode for EU coordination (a member works or lives abroad); null when not forwarded.';
UPDATE family_benefit_application SET forwarded_on = submitted_on WHERE working_abroad;
