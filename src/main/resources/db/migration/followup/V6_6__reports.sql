-- Follow-up: the interim and annual reports. The figures are read live from the plan and the budget
-- while the report is a draft; once registered, the PDF/A filed in the case is the report, and the
-- row only keeps where it went.
create table followup_reports (
  id uuid primary key,
  organisation_id text not null,
  year integer not null check (year between 2000 and 2100),
  kind text not null check (kind in ('INTERIM', 'ANNUAL')),
  -- The report covers January to the end of this month.
  through_month integer not null check (through_month between 1 and 12),
  title text not null,
  -- The committee's own text, in the order the report prints it.
  summary text,
  events text,
  financial_comment text,
  proposal text,
  created_at timestamptz not null default now(),
  case_id uuid,
  case_number text,
  document_id uuid,
  sha256 text,
  registered_at timestamptz,
  registered_by text,
  unique (organisation_id, year, kind, through_month)
);
