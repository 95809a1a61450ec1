-- E-services: each organisation's e-service definitions and their versioned forms.
create table e_services (
  id uuid primary key,
  organisation_id text not null references organisations (id),
  slug text not null check (slug ~ '^[a-z0-9][a-z0-9-]*$'),
  title text not null,
  description text not null,
  category text not null,
  classification_code text not null,
  officer_group text not null,
  login_required boolean not null,
  signing text not null check (signing in ('NONE', 'ONE', 'SEVERAL')),
  statuses text[] not null,
  handling_days integer not null check (handling_days > 0),
  created_at timestamptz not null,
  unique (organisation_id, slug)
);

create table e_service_versions (
  id uuid primary key,
  e_service_id uuid not null references e_services (id),
  number integer not null,
  status text not null check (status in ('DRAFT', 'PUBLISHED', 'RETIRED')),
  form jsonb not null,
  created_at timestamptz not null,
  created_by text not null,
  published_at timestamptz,
  published_by text,
  retired_at timestamptz,
  unique (e_service_id, number)
);

-- At most one published version per e-service, whatever the service does.
create unique index e_service_one_published on e_service_versions (e_service_id)
  where status = 'PUBLISHED';

-- Submissions name the version they were made with, so a version that residents have seen never
-- changes: its form is fixed once published, and it only moves on from DRAFT to PUBLISHED to
-- RETIRED. Only a draft may be deleted.
create function e_service_versions_are_kept() returns trigger language plpgsql as $$
begin
  if tg_op = 'DELETE' then
    if old.status <> 'DRAFT' then
      raise exception 'A published or retired e-service version is never deleted';
    end if;
    return old;
  end if;
  if old.status <> 'DRAFT' and (new.form is distinct from old.form
      or new.number <> old.number or new.e_service_id <> old.e_service_id) then
    raise exception 'A published or retired e-service version never changes';
  end if;
  if not (new.status = old.status
      or (old.status = 'DRAFT' and new.status = 'PUBLISHED')
      or (old.status = 'PUBLISHED' and new.status = 'RETIRED')) then
    raise exception 'An e-service version cannot go from % to %', old.status, new.status;
  end if;
  return new;
end $$;

create trigger e_service_versions_kept before update or delete on e_service_versions
  for each row execute function e_service_versions_are_kept();

-- The joint committee's e-services switched on for a member municipality's catalogue.
create table e_service_activations (
  e_service_id uuid not null references e_services (id),
  municipality_id text not null references organisations (id),
  activated_at timestamptz not null,
  activated_by text not null,
  primary key (e_service_id, municipality_id)
);
create index e_service_activations_municipality on e_service_activations (municipality_id);
