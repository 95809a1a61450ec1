-- E-services, the resident's side and the case flow: resident accounts (from eID), drafts that
-- survive a restart, and submissions, each of which is a case in the registry.

create table residents (
  id uuid primary key,
  -- Verified by eID; the registry names the resident as a party with it.
  personal_identity_number text not null unique,
  name text not null,
  email text,
  phone text,
  notify_by text not null default 'EMAIL' check (notify_by in ('EMAIL', 'SMS', 'BOTH', 'NONE')),
  created_at timestamptz not null,
  last_login_at timestamptz
);

create table e_service_drafts (
  id uuid primary key,
  e_service_id uuid not null references e_services (id),
  version_id uuid not null references e_service_versions (id),
  -- The municipality applied to: a committee e-service is used in a member municipality's name.
  organisation_id text not null,
  -- A logged-in resident's draft; an anonymous one is found by the SHA-256 of its cookie token.
  resident_id uuid references residents (id),
  anonymous_token_sha256 text,
  answers jsonb not null default '{}'::jsonb,
  page integer not null default 0,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  submitted_at timestamptz,
  check (resident_id is not null or anonymous_token_sha256 is not null)
);
create index e_service_drafts_resident on e_service_drafts (resident_id, updated_at desc);

create table e_service_submissions (
  id uuid primary key,
  -- One submission per draft: a double click, a retry or a dropped connection finds this row.
  draft_id uuid not null unique references e_service_drafts (id),
  e_service_id uuid not null references e_services (id),
  version_id uuid not null references e_service_versions (id),
  organisation_id text not null,
  resident_id uuid references residents (id),
  case_id uuid not null,
  case_number text not null,
  officer_group text not null,
  -- One of the e-service's statuses (its case flow), the first one on arrival.
  status text not null,
  assigned_to uuid,
  assigned_name text,
  due_on date not null,
  submitted_at timestamptz not null,
  closed_at timestamptz,
  conversation_id uuid,
  answers jsonb not null
);
create index e_service_submissions_inbox
  on e_service_submissions (organisation_id, officer_group, closed_at, submitted_at);
create index e_service_submissions_resident on e_service_submissions (resident_id, submitted_at desc);
create index e_service_submissions_stats on e_service_submissions (e_service_id, submitted_at);

create table e_service_status_changes (
  id uuid primary key,
  submission_id uuid not null references e_service_submissions (id),
  from_status text,
  to_status text not null,
  changed_at timestamptz not null,
  changed_by text not null,
  comment text
);
create index e_service_status_changes_submission on e_service_status_changes (submission_id, changed_at);
