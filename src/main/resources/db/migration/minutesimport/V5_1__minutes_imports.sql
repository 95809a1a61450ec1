-- Old minutes brought in from a file, waiting for a registrar's review (the file is read again on
-- each view: reading is fast and deterministic), and what the commit made of it.
create table minutes_imports (
  id uuid primary key,
  organisation_id text not null references organisations (id),
  file_name text not null,
  content bytea not null,
  sha256 text not null,
  status text not null check (status in ('READ', 'COMMITTED')),
  created_at timestamptz not null,
  created_by text not null,
  committed_at timestamptz,
  meeting_id uuid,
  result jsonb
);
create index minutes_imports_org on minutes_imports (organisation_id, created_at desc);
