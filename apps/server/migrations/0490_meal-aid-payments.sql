-- "Posiłek w szkole i w domu": a zasiłek celowy for food is paid through the monthly payment runs
-- like the other cash benefits. Its payable decision row names the programme's decision instead of
-- an application of the decision flow, so that flow's decisions and reports stay as they were.
ALTER TABLE decision ADD COLUMN meal_aid_id uuid REFERENCES meal_aid (id);
ALTER TABLE decision DROP CONSTRAINT decision_one_application;
ALTER TABLE decision ADD CONSTRAINT decision_one_application
  CHECK (num_nonnulls(application_id, family_benefit_application_id, alimony_fund_application_id,
    housing_allowance_application_id, meal_aid_id) = 1);
COMMENT ON COLUMN decision.meal_aid_id IS 'The meals programme''s decision granting a zasiłek celowy for food, whose payment this row schedules; null for other decisions.';
CREATE UNIQUE INDEX decision_meal_aid_idx ON decision (meal_aid_id) WHERE meal_aid_id IS NOT NULL;

