-- The portfolio: the shared services a committee runs for its member municipalities, and who takes
-- part in what, and when. Participation is dated so that a municipality that joins in May pays for
-- May to December, and so that the budget of a past year still reads who took part that year.
create extension if not exists btree_gist;

create table shared_services (
  id uuid primary key,
  organisation_id text not null references organisations (id),
  name text not null,
  description text not null,
  -- Who answers for the service: e.g. the management organisation or the host municipality's unit.
  owner text not null,
  stage text not null
    check (stage in ('PLANNED', 'IN_OPERATION', 'REPLACEMENT_PLANNED', 'DECOMMISSIONED')),
  in_operation_since date,
  -- What is under way for the service, e.g. "Ny drift-, support- och utvecklingsupphandling 2022/2023".
  stage_note text,
  -- Each municipality decides and activates it itself (the seed's digital signatures).
  self_activated boolean not null default false,
  created_at timestamptz not null,
  unique (organisation_id, name)
);

-- Who takes part in a shared service or an initiative (the subject), from when to when (both days
-- included; no end while taking part). One municipality's periods in one subject never overlap.
create table participations (
  id uuid primary key,
  subject_id uuid not null,
  subject_kind text not null check (subject_kind in ('SERVICE', 'INITIATIVE')),
  municipality_id text not null references organisations (id),
  joined_on date not null,
  left_on date,
  -- Pays its share of what the subject costs (services always; initiatives when co-financing).
  co_financing boolean not null default true,
  check (left_on is null or left_on >= joined_on),
  exclude using gist (
    subject_id with =,
    municipality_id with =,
    daterange(joined_on, left_on, '[]') with &&)
);

create index participations_subject on participations (subject_id, joined_on);
