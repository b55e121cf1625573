-- Residents' portal: public content edited by staff in Polish, Ukrainian and English, and the
-- documents residents download. Texts are jsonb {"pl": {...}, "uk": {...}, "en": {...}}: one row
-- per item keeps the three languages of an item in step under one version number.
CREATE TABLE portal_help_form (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  slug text COLLATE "C" NOT NULL CONSTRAINT portal_help_form_slug_key UNIQUE,
  category text NOT NULL,
  texts jsonb NOT NULL,
  office_ids uuid[] NOT NULL DEFAULT '{}',
  self_check text,
  sort_order integer NOT NULL DEFAULT 100,
  published boolean NOT NULL DEFAULT false,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT portal_help_form_texts_pl CHECK (texts ? 'pl')
);
COMMENT ON TABLE portal_help_form IS 'Catalogue of the forms of help (what it is, who can get it, what to bring, where); public when published.';
COMMENT ON COLUMN portal_help_form.texts IS '{"pl":{title,summary,description,eligibility,whatToBring},"uk":{...},"en":{...}}; Polish required, others optional (Polish served instead).';
COMMENT ON COLUMN portal_help_form.office_ids IS 'Offices (org_unit kind office) where this help is arranged.';
COMMENT ON COLUMN portal_help_form.self_check IS 'The public calculator that applies ("zasilek-staly", "zasilek-okresowy"), if any.';
CREATE INDEX portal_help_form_public_idx ON portal_help_form (sort_order, slug) WHERE published;

CREATE TABLE portal_news (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind text NOT NULL CONSTRAINT portal_news_kind_check CHECK (kind IN ('news', 'announcement')),
  texts jsonb NOT NULL CONSTRAINT portal_news_texts_pl CHECK (texts ? 'pl'),
  published_at timestamptz,
  valid_until date,
  pinned boolean NOT NULL DEFAULT false,
  version integer NOT NULL DEFAULT 1,
  created_by uuid REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE portal_news IS 'News and announcements; a draft has no published_at, a future published_at schedules it.';
COMMENT ON COLUMN portal_news.valid_until IS 'Last day an announcement is shown publicly (e.g. a closure notice).';
CREATE INDEX portal_news_public_idx ON portal_news (published_at DESC, id DESC) WHERE published_at IS NOT NULL;

CREATE TABLE portal_document (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  category text NOT NULL,
  texts jsonb NOT NULL CONSTRAINT portal_document_texts_pl CHECK (texts ? 'pl'),
  file_name text NOT NULL,
  media_type text NOT NULL CONSTRAINT portal_document_type_check CHECK (media_type = 'application/pdf'),
  size integer NOT NULL CONSTRAINT portal_document_size_check CHECK (size > 0 AND size <= 10485760),
  data bytea NOT NULL,
  sha256 text,
  published boolean NOT NULL DEFAULT false,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT portal_document_received_check CHECK (octet_length(data) <= size),
  CONSTRAINT portal_document_published_complete CHECK (NOT published OR sha256 IS NOT NULL)
);
COMMENT ON TABLE portal_document IS 'Downloadable PDF documents; uploaded in parts, type checked by magic bytes; only a complete file can be published.';
COMMENT ON COLUMN portal_document.size IS 'Declared size in bytes; the upload is complete when octet_length(data) = size (sha256 then set).';
CREATE INDEX portal_document_public_idx ON portal_document (category, created_at DESC) WHERE published;

CREATE TABLE portal_page (
  key text PRIMARY KEY CONSTRAINT portal_page_key_check CHECK (key IN ('accessibility', 'contact')),
  texts jsonb NOT NULL CONSTRAINT portal_page_texts_pl CHECK (texts ? 'pl'),
  published boolean NOT NULL DEFAULT true,
  site_published_on date,
  prepared_on date,
  compliance text CONSTRAINT portal_page_compliance_check CHECK (compliance IN ('full', 'partial', 'none')),
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE portal_page IS 'Single pages: the accessibility statement (deklaracja dostępności) and contact.';
COMMENT ON COLUMN portal_page.compliance IS 'Accessibility statement: full / partial / none compliance (ustawa o dostępności cyfrowej, art. 10 [M]); updated_at is the date of the last update.';
