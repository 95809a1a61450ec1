-- Initiatives: the needs analyses, prestudies, projects and procurements the committee coordinates
-- for some or all of its member municipalities. Who takes part, and who co-finances, is kept in
-- participations (subject_kind 'INITIATIVE'), dated like a shared service's participation.
create table initiatives (
  id uuid primary key,
  organisation_id text not null references organisations (id),
  kind text not null
    check (kind in ('NEEDS_ANALYSIS', 'PRESTUDY', 'PROJECT', 'PROCUREMENT', 'WORKING_GROUP')),
  phase text not null check (phase in ('PLANNED', 'ONGOING', 'PAUSED', 'FINISHED', 'CANCELLED')),
  name text not null,
  description text not null,
  -- Free text, one name or role a line: the members come from the municipalities, not from us.
  steering_group text,
  project_lead text,
  created_at timestamptz not null,
  unique (organisation_id, name)
);

-- The directive, versioned: a revision never changes; a new one is decided instead, and the latest
-- is the one in force (the seed's HR prestudy: Rev A all HR processes, Rev B only payroll).
create table directive_revisions (
  id uuid primary key,
  initiative_id uuid not null references initiatives (id),
  revision text not null,
  scope text not null,
  decided_on date not null,
  -- Who decided it, e.g. "Styrgruppen" or "E-nämnden 2022-03-16 § 2".
  decided_by text not null,
  recorded_at timestamptz not null,
  unique (initiative_id, revision)
);

create table milestones (
  id uuid primary key,
  initiative_id uuid not null references initiatives (id),
  title text not null,
  due_on date not null,
  done_on date
);

create index milestones_initiative on milestones (initiative_id, due_on);

-- A short status per reporting period for an initiative or a shared service, as in the status
-- report the committee receives at its meetings; one per subject and period, corrected in place.
create table status_reports (
  id uuid primary key,
  subject_id uuid not null,
  subject_kind text not null check (subject_kind in ('SERVICE', 'INITIATIVE')),
  period text not null,
  text text not null,
  reported_by text not null,
  reported_at timestamptz not null,
  unique (subject_id, period)
);

-- The committee's decisions about a service or an initiative: minutes items in the meetings
-- module, linked from here so that meetings need not know the portfolio.
create table portfolio_decisions (
  subject_id uuid not null,
  meeting_id uuid not null,
  item_id uuid not null,
  label text not null,
  linked_at timestamptz not null,
  primary key (subject_id, item_id)
);

-- A period's status report filed in a case and put on a meeting's agenda: once per organisation,
-- period and meeting, so that a retry returns the first filing instead of filing it twice.
create table status_filings (
  organisation_id text not null references organisations (id),
  period text not null,
  meeting_id uuid not null,
  case_id uuid not null,
  case_number text not null,
  document_id uuid not null,
  item_id uuid not null,
  filed_at timestamptz not null,
  primary key (organisation_id, period, meeting_id)
);
