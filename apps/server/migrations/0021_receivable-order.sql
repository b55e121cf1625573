-- The receivables list is read newest decision first with keyset pagination.
CREATE INDEX receivable_decided_idx ON receivable (decided_on DESC, id DESC);
COMMENT ON INDEX receivable_decided_idx IS 'GET /api/v1/receivables: newest decision first, keyset on (decided_on, id).';
