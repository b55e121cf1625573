-- The execution date written into a list's bank file. A list paid late (arrears) has a payment day
-- in the past, which a bank refuses; the file carries the next banking day instead, fixed at the
-- first export so that downloading the file again gives the same file.
ALTER TABLE payment_list ADD COLUMN execution_date date;
COMMENT ON COLUMN payment_list.execution_date IS 'Execution date of the exported bank file: pay_on, but never before the next banking day after the export.';
