-- Organisations: the joint committee and its member municipalities.
create table organisations (
  id text primary key,
  name text not null,
  kind text not null check (kind in ('MUNICIPALITY', 'COMMITTEE')),
  host boolean not null default false,
  hosted_by text references organisations (id),
  population integer,
  population_year integer
);

-- Population at 2023-12-31 from shared/data/norrbotten-municipalities.csv (SCB).
insert into organisations (id, name, kind, host, population, population_year) values
  ('arjeplog', 'Arjeplogs kommun', 'MUNICIPALITY', false, 2609, 2023),
  ('arvidsjaur', 'Arvidsjaurs kommun', 'MUNICIPALITY', false, 6113, 2023),
  ('boden', 'Bodens kommun', 'MUNICIPALITY', false, 27943, 2023),
  ('gallivare', 'Gällivare kommun', 'MUNICIPALITY', false, 17330, 2023),
  ('haparanda', 'Haparanda stad', 'MUNICIPALITY', false, 9177, 2023),
  ('jokkmokk', 'Jokkmokks kommun', 'MUNICIPALITY', false, 4728, 2023),
  ('kalix', 'Kalix kommun', 'MUNICIPALITY', false, 15547, 2023),
  ('kiruna', 'Kiruna kommun', 'MUNICIPALITY', false, 22433, 2023),
  ('lulea', 'Luleå kommun', 'MUNICIPALITY', true, 79352, 2023),
  ('pajala', 'Pajala kommun', 'MUNICIPALITY', false, 5871, 2023),
  ('pitea', 'Piteå kommun', 'MUNICIPALITY', false, 42344, 2023),
  ('alvsbyn', 'Älvsbyns kommun', 'MUNICIPALITY', false, 7783, 2023),
  ('overkalix', 'Överkalix kommun', 'MUNICIPALITY', false, 3162, 2023),
  ('overtornea', 'Övertorneå kommun', 'MUNICIPALITY', false, 4088, 2023);

-- The joint committee (gemensam nämnd, KL 9 kap 19 §) belongs to its host municipality's organisation.
insert into organisations (id, name, kind, hosted_by) values
  ('e-namnden', 'Norrbottens e-nämnd', 'COMMITTEE', 'lulea');

create table users (
  id uuid primary key,
  username text not null unique,
  display_name text not null,
  email text,
  password_hash text,
  must_change_password boolean not null default false,
  enabled boolean not null default true,
  created_at timestamptz not null default now()
);

create table user_roles (
  user_id uuid not null references users (id) on delete cascade,
  role text not null check (role in ('ADMINISTRATOR', 'REGISTRAR', 'CASE_OFFICER',
                                     'COMMITTEE_SECRETARY', 'COMMITTEE_MEMBER', 'AUDITOR')),
  primary key (user_id, role)
);

create table user_organisations (
  user_id uuid not null references users (id) on delete cascade,
  organisation_id text not null references organisations (id),
  primary key (user_id, organisation_id)
);
