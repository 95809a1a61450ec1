-- E-services, the officers' side: who handles which officer group's submissions, and the daily
-- count of distinct catalogue visitors per e-service.

create table officer_group_members (
  organisation_id text not null,
  -- The name an e-service's officer_group gives; a group exists as long as it has members or
  -- an e-service names it.
  group_name text not null,
  user_id uuid not null,
  added_at timestamptz not null,
  added_by text not null,
  primary key (organisation_id, group_name, user_id)
);
create index officer_group_members_user on officer_group_members (user_id);

-- Only counts: the hashes that tell one visitor from another live in memory for one day.
create table e_service_visits (
  day date not null,
  -- The catalogue the e-service was seen in (a committee e-service counts per municipality).
  organisation_id text not null,
  e_service_id uuid not null references e_services (id),
  visitors integer not null,
  primary key (organisation_id, e_service_id, day)
);
