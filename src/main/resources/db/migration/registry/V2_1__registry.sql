-- The registry (diarium): classification scheme, cases, documents and the journal.

-- Folds case and diacritics so that OCR-style spellings ("namnden") find "nämnden" and back.
create function kansli_fold(t text) returns text
  language sql immutable parallel safe
  as $$ select translate(lower(coalesce(t, '')), 'åäöéèëüáàâæø', 'aaoeeeuaaaao') $$;

create table classification_versions (
  version integer primary key,
  published_at timestamptz not null default now(),
  published_by text not null,
  comment text not null default ''
);

-- A class is valid from one scheme version until (not including) another; null means current.
create table classes (
  code text not null check (code ~ '^[0-9]+(\.[0-9]+)*$'),
  version_from integer not null references classification_versions (version),
  version_to integer references classification_versions (version),
  title text not null,
  description text not null default '',
  primary key (code, version_from)
);
create unique index classes_one_current on classes (code) where version_to is null;

create table case_series (
  organisation_id text not null references organisations (id),
  year integer not null,
  last_serial integer not null default 0,
  primary key (organisation_id, year)
);

create table cases (
  id uuid primary key,
  organisation_id text not null references organisations (id),
  year integer not null,
  serial integer not null,
  classification_code text not null,
  case_number text not null,
  title text not null,
  description text not null default '',
  case_officer_id uuid,
  status text not null default 'OPEN' check (status in ('OPEN', 'CLOSED')),
  registered_at timestamptz not null,
  registered_by uuid,
  closed_on date,
  outcome text,
  secrecy_reference text,
  secret_fields text[] not null default '{}',
  public_title text,
  version integer not null default 0,
  search_vector tsvector generated always as (
    to_tsvector('swedish', kansli_fold(title || ' ' || description))) stored,
  unique (organisation_id, year, serial),
  check ((status = 'CLOSED') = (closed_on is not null))
);
create index cases_search on cases using gin (search_vector);
create index cases_org_registered on cases (organisation_id, registered_at desc);
create index cases_officer on cases (case_officer_id);

create table case_parties (
  id uuid primary key,
  case_id uuid not null references cases (id) on delete cascade,
  position integer not null,
  kind text not null check (kind in ('PERSON', 'ORGANISATION')),
  name text not null,
  identity_number text,
  role text not null default ''
);
create index case_parties_case on case_parties (case_id);

create table documents (
  id uuid primary key,
  case_id uuid not null references cases (id),
  organisation_id text not null references organisations (id),
  serial integer not null,
  direction text not null check (direction in ('INCOMING', 'OUTGOING', 'INTERNAL')),
  document_date date not null,
  counterpart text,
  description text not null,
  status text not null default 'DRAFT' check (status in ('DRAFT', 'FINAL')),
  public_access boolean not null default false,
  secrecy_reference text,
  registered_at timestamptz not null,
  registered_by uuid,
  file_text text not null default '',
  search_vector tsvector generated always as (
    to_tsvector('swedish', kansli_fold(description || ' ' || coalesce(counterpart, '') || ' ' || file_text))) stored,
  unique (case_id, serial)
);
create index documents_search on documents using gin (search_vector);

create table document_versions (
  document_id uuid not null references documents (id),
  version integer not null,
  file_name text not null,
  content_type text not null,
  size_bytes bigint not null,
  sha256 text not null,
  content bytea not null,
  uploaded_at timestamptz not null,
  uploaded_by uuid,
  primary key (document_id, version)
);
create index document_versions_sha on document_versions (sha256);

-- A retried registration with the same Idempotency-Key returns the case it made the first time.
create table registration_keys (
  actor_id uuid not null,
  idempotency_key text not null,
  case_id uuid not null references cases (id),
  created_at timestamptz not null default now(),
  primary key (actor_id, idempotency_key)
);

-- The journal: one hash chain per organisation. Rows can be added, never changed or removed.
create table journal (
  id bigint generated always as identity primary key,
  organisation_id text not null references organisations (id),
  position bigint not null,
  case_id uuid,
  document_id uuid,
  actor_id uuid,
  actor_name text not null,
  occurred_at timestamptz not null,
  action text not null,
  before_state text,
  after_state text,
  previous_hash text not null,
  hash text not null,
  unique (organisation_id, position)
);
create index journal_case on journal (case_id, position);

create table journal_heads (
  organisation_id text primary key references organisations (id),
  position bigint not null,
  hash text not null
);

create function journal_is_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'The journal is append-only: % is not allowed', tg_op;
end $$;

create trigger journal_append_only before update or delete on journal
  for each row execute function journal_is_append_only();
