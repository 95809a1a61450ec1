-- Follow-up: the budget of an organisation (in practice the joint committee) per year, its revenue
-- and cost lines, and how each line is split between the municipalities.
create table budgets (
  id uuid primary key,
  organisation_id text not null references organisations (id),
  year integer not null check (year between 2000 and 2100),
  -- AKI (arbetskostnadsindex) from the cooperation agreement, used to index next year's budget.
  aki_percent numeric(6, 3),
  created_at timestamptz not null default now(),
  unique (organisation_id, year)
);

create table budget_lines (
  id uuid primary key,
  budget_id uuid not null references budgets (id) on delete cascade,
  position integer not null,
  kind text not null check (kind in ('REVENUE', 'COST')),
  name text not null,
  -- Kronor and öre, exact.
  amount numeric(14, 2) not null check (amount >= 0),
  allocation_model text not null
    check (allocation_model in ('EQUAL', 'POPULATION', 'FIXED_PERCENTAGES', 'METERED', 'PARTICIPANTS')),
  -- Only for PARTICIPANTS: the municipalities that joined the shared service this line pays for.
  -- A later issue replaces it with a participation model of its own.
  participating_municipalities text[] not null default '{}'
);

create index budget_lines_budget on budget_lines (budget_id, position);

-- Only for FIXED_PERCENTAGES: each municipality's share; they sum to exactly 100.
create table budget_line_percentages (
  line_id uuid not null references budget_lines (id) on delete cascade,
  organisation_id text not null references organisations (id),
  percent numeric(7, 4) not null check (percent >= 0),
  primary key (line_id, organisation_id)
);
