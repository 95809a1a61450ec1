-- The notice board (anslagstavla): the announcement that a body's minutes are attested
-- (Kommunallagen 8 kap. 12 §). One notice per attested meeting; it is taken down, never deleted,
-- so the table is also the record of when each appeal period ran (13 kap. 5 §).
create table notices (
  meeting_id uuid primary key references meetings (id),
  organisation_id text not null references organisations (id),
  body_name text not null,
  meeting_date date not null,
  attested_on date not null,
  -- Attestation + 2 days, moved to the next working day (lagen (1930:173)).
  posting_deadline date not null,
  posted_at timestamptz not null,
  posted_on date not null,
  -- Posted + 3 weeks, moved to the next working day.
  appeal_ends_on date not null,
  take_down_on date not null,
  -- Where the minutes are kept, as the notice must say.
  kept_at text not null,
  sealed_sha256 text not null,
  -- Set when the notice went up after posting_deadline, for staff to see and act on.
  late_warning text,
  taken_down_at timestamptz,
  check (posted_on >= attested_on),
  check (appeal_ends_on >= posted_on + 21),
  check (take_down_on > appeal_ends_on)
);
create index notices_board on notices (organisation_id, posted_on desc);
create index notices_up on notices (take_down_on) where taken_down_at is null;

create function notices_are_kept() returns trigger language plpgsql as $$
begin
  raise exception 'Notices are the record of the notice board and are never deleted';
end $$;

create trigger notices_never_deleted before delete on notices
  for each row execute function notices_are_kept();
