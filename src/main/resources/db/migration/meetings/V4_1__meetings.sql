-- Decision-making bodies (the joint committee, a municipality's boards) and their seats.
create table bodies (
  id uuid primary key,
  organisation_id text not null references organisations (id),
  name text not null,
  -- How the minutes name the body in a decision: "E-nämnden beslutar att …".
  short_name text not null,
  secretary_name text,
  secretary_email text,
  created_at timestamptz not null,
  unique (organisation_id, name)
);

create table seats (
  id uuid primary key,
  body_id uuid not null references bodies (id),
  person_name text not null,
  email text,
  kind text not null check (kind in ('MEMBER', 'SUBSTITUTE')),
  office text check (office in ('CHAIR', 'VICE_CHAIR')),
  represents text references organisations (id),
  party text,
  term_from date not null,
  term_to date not null,
  check (term_to >= term_from)
);
create index seats_body on seats (body_id, kind, person_name);

create table meetings (
  id uuid primary key,
  body_id uuid not null references bodies (id),
  organisation_id text not null references organisations (id),
  meeting_date date not null,
  starts_at time not null,
  ends_at time,
  place text not null,
  remote_participation boolean not null default false,
  status text not null check (status in ('PLANNED', 'NOTICE_SENT', 'IN_ATTESTATION', 'ATTESTED', 'CANCELLED')),
  notice_sent_at timestamptz,
  others_present text not null default '',
  attesters uuid[] not null default '{}',
  attestation_place text,
  attestation_date date,
  signing_order_id uuid,
  attested_at timestamptz,
  minutes_sha256 text,
  sealed_minutes bytea,
  sealed_sha256 text,
  version integer not null default 0,
  created_at timestamptz not null
);
create index meetings_body_date on meetings (body_id, meeting_date);
create index meetings_org_date on meetings (organisation_id, meeting_date);

create table agenda_items (
  id uuid primary key,
  meeting_id uuid not null references meetings (id) on delete cascade,
  body_id uuid not null references bodies (id),
  year integer not null,
  position integer not null,
  -- The § number runs continuously per body and year (Kommunallagen 5 kap. 67 §, 6 kap. 35 §).
  paragraph integer,
  case_id uuid,
  case_number text,
  title text not null,
  public_title text,
  confidential boolean not null default false,
  decision text,
  summary text,
  description text,
  proceedings jsonb not null default '[]',
  decision_procedure text,
  vote jsonb,
  dissents jsonb not null default '[]',
  conflicts uuid[] not null default '{}',
  decision_basis jsonb not null default '[]',
  recipients jsonb not null default '[]',
  attested_immediately boolean not null default false,
  unique (body_id, year, paragraph),
  unique (meeting_id, position) deferrable initially deferred
);
create index agenda_items_case on agenda_items (case_id);

create table attendance (
  meeting_id uuid not null references meetings (id) on delete cascade,
  seat_id uuid not null references seats (id),
  status text not null check (status in ('PRESENT', 'ABSENT', 'SERVING')),
  -- A serving substitute replaces this member.
  serving_for uuid references seats (id),
  primary key (meeting_id, seat_id)
);
