-- Follow-up: actual outcome per budget line and month, imported from the ledger's CSV export, and a
-- forecast for the year per line set by hand.
create table budget_actuals (
  budget_id uuid not null references budgets (id) on delete cascade,
  line_id uuid not null references budget_lines (id) on delete cascade,
  month integer not null check (month between 1 and 12),
  -- Öre, exact; the ledger's postings of a line and month summed.
  amount bigint not null check (amount >= 0),
  imported_at timestamptz not null default now(),
  -- Which file the month came from, so that a questioned figure can be traced back to its export.
  source_file text not null,
  source_sha256 text not null,
  -- A re-import of a month replaces that month's rows.
  unique (line_id, month)
);

create index budget_actuals_budget on budget_actuals (budget_id, month);

create table budget_forecasts (
  line_id uuid primary key references budget_lines (id) on delete cascade,
  budget_id uuid not null references budgets (id) on delete cascade,
  -- Öre, exact.
  amount bigint not null check (amount >= 0),
  comment text,
  set_at timestamptz not null default now()
);
