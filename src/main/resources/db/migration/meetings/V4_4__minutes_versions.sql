-- Drafts of the minutes circulated to the chair and the attesters before attestation. Each version
-- is kept as it was sent (what the minutes said, and the PDF itself), so that every later
-- correction can be shown against what the readers saw. Versions run 1..n per meeting without
-- gaps: the meeting row is locked while the next number is taken.
create table minutes_versions (
  meeting_id uuid not null references meetings (id),
  version integer not null check (version > 0),
  circulated_at timestamptz not null,
  circulated_by text not null,
  sent_to text not null,
  -- MinutesSnapshot as JSON: attendance, others present, attesters and every item's minutes.
  snapshot jsonb not null,
  pdf_sha256 text not null,
  pdf bytea not null,
  primary key (meeting_id, version)
);

create function minutes_versions_are_kept() returns trigger language plpgsql as $$
begin
  raise exception 'A circulated draft of the minutes is never changed or deleted';
end $$;

create trigger minutes_versions_never_changed before update or delete on minutes_versions
  for each row execute function minutes_versions_are_kept();
