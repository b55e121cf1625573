-- Monthly bills for care services (art. 50 ust. 6 ups, issue 16 item 4): the hours delivered ×
-- the decision's hourly fee, the payments on them, and the providers' invoices checked against the hours.
CREATE TABLE care_bill (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  number text NOT NULL UNIQUE,
  care_service_id uuid NOT NULL REFERENCES care_service (id),
  month text NOT NULL CHECK (month ~ '^\d{4}-(0[1-9]|1[0-2])$'),
  hours numeric(6, 2) NOT NULL CHECK (hours >= 0),
  hourly_fee_grosze integer NOT NULL CHECK (hourly_fee_grosze >= 0),
  amount_grosze integer NOT NULL CHECK (amount_grosze >= 0),
  issued_on date NOT NULL,
  due_on date NOT NULL,
  created_by uuid REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT care_bill_month_key UNIQUE (care_service_id, month),
  CONSTRAINT care_bill_due_check CHECK (due_on >= issued_on)
);
COMMENT ON TABLE care_bill IS 'A client''s bill for a month of care services: delivered hours × the decision''s hourly fee, rounded to the grosz. One per decision and month.';
COMMENT ON COLUMN care_bill.number IS 'Register number (register_counter ''careBill'').';
COMMENT ON COLUMN care_bill.hourly_fee_grosze IS 'The decision''s fee per hour when the bill was issued.';
COMMENT ON COLUMN care_bill.due_on IS 'Last day to pay: the issue day plus the resolution''s term.';

CREATE TABLE care_bill_payment (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  bill_id uuid NOT NULL REFERENCES care_bill (id),
  paid_on date NOT NULL,
  amount_grosze integer NOT NULL CHECK (amount_grosze > 0),
  method text NOT NULL CONSTRAINT care_bill_payment_method_check CHECK (method IN ('cash', 'transfer')),
  created_by uuid REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE care_bill_payment IS 'A payment on a care-service bill, at the cash desk or by bank transfer.';
CREATE INDEX care_bill_payment_bill_idx ON care_bill_payment (bill_id);

CREATE TABLE care_provider_invoice (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  provider_name text NOT NULL,
  month text NOT NULL CHECK (month ~ '^\d{4}-(0[1-9]|1[0-2])$'),
  number text NOT NULL,
  issued_on date NOT NULL,
  hours numeric(8, 2) NOT NULL CHECK (hours >= 0),
  amount_grosze bigint NOT NULL CHECK (amount_grosze >= 0),
  note text,
  created_by uuid REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT care_provider_invoice_key UNIQUE (provider_name, number)
);
COMMENT ON TABLE care_provider_invoice IS 'A contracted provider''s invoice for a month of care services, checked against the hours its carers delivered (the difference is computed, not stored).';
