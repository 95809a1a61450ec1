-- Audits of the committee by its member municipalities, with recommendations and the actions
-- taken on them; the annual cycle (årshjul) with reporting directives; the internal control plan.

create table audits (
  id uuid primary key,
  -- The audited organisation (the committee); the auditing municipality is another organisation.
  organisation_id text not null references organisations (id),
  auditing_municipality text not null references organisations (id),
  audit_year int not null check (audit_year between 1990 and 2200),
  title text not null,
  assessment text not null,
  -- The committee's decision on the audit: a minutes item of the meetings module. Only ids and a
  -- label are kept, since this module never reads the meetings tables.
  decision_meeting_id uuid,
  decision_item_id uuid,
  decision_label text,
  created_at timestamptz not null,
  unique (organisation_id, auditing_municipality, audit_year)
);
create index audits_organisation on audits (organisation_id, audit_year);

create table audit_recommendations (
  id uuid primary key,
  audit_id uuid not null references audits (id),
  position int not null,
  text text not null,
  closed_at timestamptz,
  closing_comment text,
  -- Closed only with a comment saying why.
  check (closed_at is null or closing_comment is not null),
  unique (audit_id, position)
);

create table audit_actions (
  id uuid primary key,
  recommendation_id uuid not null references audit_recommendations (id),
  description text not null,
  owner text not null,
  due_date date not null,
  status text not null check (status in ('OPEN', 'IN_PROGRESS', 'DONE')),
  comment text not null default '',
  created_at timestamptz not null
);
create index audit_actions_recommendation on audit_actions (recommendation_id);

create table cycle_items (
  id uuid primary key,
  organisation_id text not null references organisations (id),
  kind text not null check (kind in ('INTERIM_REPORT', 'BUDGET', 'AUDIT', 'INTERNAL_CONTROL', 'MEETING_PLAN', 'OTHER')),
  title text not null,
  -- Who reports what to whom.
  directive text not null,
  owner text not null,
  owner_email text,
  due_month int not null check (due_month between 1 and 12),
  due_day int not null check (due_day between 1 and 31)
);
create index cycle_items_organisation on cycle_items (organisation_id, due_month, due_day);

-- One reminder per item and year: the primary key makes a second send impossible.
create table cycle_reminders (
  item_id uuid not null references cycle_items (id),
  cycle_year int not null,
  sent_to text not null,
  sent_at timestamptz not null,
  primary key (item_id, cycle_year)
);

create table control_points (
  id uuid primary key,
  organisation_id text not null references organisations (id),
  title text not null,
  method text not null,
  owner text not null,
  frequency text not null check (frequency in ('MONTHLY', 'QUARTERLY', 'TERTIAL', 'YEARLY')),
  -- The day from which the first follow-up is counted.
  starts_on date not null,
  created_at timestamptz not null
);
create index control_points_organisation on control_points (organisation_id, title);

create table control_follow_ups (
  id uuid primary key,
  control_point_id uuid not null references control_points (id),
  followed_up_on date not null,
  result text not null,
  comment text not null default '',
  created_at timestamptz not null
);
create index control_follow_ups_point on control_follow_ups (control_point_id, followed_up_on);
