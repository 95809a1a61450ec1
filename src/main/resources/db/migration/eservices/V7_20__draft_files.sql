-- Files a resident attaches to a draft's file upload fields. Kept with the draft (so they survive
-- a restart and a later visit) until the submission files them in the registry's case.
create table e_service_draft_files (
  id uuid primary key,
  draft_id uuid not null references e_service_drafts (id) on delete cascade,
  field_key text not null,
  file_name text not null,
  -- Detected from the bytes, never taken from the browser or the file name.
  content_type text not null,
  size_bytes bigint not null,
  sha256 text not null,
  content bytea not null,
  uploaded_at timestamptz not null
);
create index e_service_draft_files_draft on e_service_draft_files (draft_id, field_key, uploaded_at);
