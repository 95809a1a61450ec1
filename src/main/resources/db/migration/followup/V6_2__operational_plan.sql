-- The operational plan (verksamhetsplan): per organisation and year, goals and their indicators.
create table operational_plans (
  id uuid primary key,
  organisation_id text not null references organisations (id),
  year integer not null check (year between 2000 and 2100),
  title text not null,
  created_at timestamptz not null,
  unique (organisation_id, year)
);

create table plan_goals (
  id uuid primary key,
  plan_id uuid not null references operational_plans (id),
  position integer not null,
  text text not null
);
create index plan_goals_plan on plan_goals (plan_id, position);

create table plan_indicators (
  id uuid primary key,
  plan_id uuid not null references operational_plans (id),
  goal_id uuid not null references plan_goals (id),
  position integer not null,
  name text not null,
  comparison text not null check (comparison in ('AT_LEAST', 'AT_MOST')),
  target_value numeric(12, 2) not null check (target_value >= 0),
  target_unit text not null check (target_unit in ('PERCENT', 'COUNT')),
  -- What is counted, for the target's text: "sammanträden", "ramavtal".
  unit_label text,
  source text not null check (source in ('MANUAL', 'BODY_ATTENDANCE', 'MEETINGS_HELD', 'MUNICIPALITY_ATTENDANCE')),
  -- The body whose meetings a computed indicator reads; no foreign key, since bodies belong to
  -- the meetings module and are read only through its public API.
  body_id uuid,
  forecast text check (forecast in ('WILL_BE_MET', 'AT_RISK', 'WILL_NOT_BE_MET')),
  forecast_comment text,
  forecast_at timestamptz,
  check (source = 'MANUAL' or body_id is not null)
);
create index plan_indicators_goal on plan_indicators (goal_id, position);

-- Outcomes entered by hand for a MANUAL indicator, one per period of the plan's year.
create table indicator_outcomes (
  indicator_id uuid not null references plan_indicators (id),
  period text not null,
  value numeric(12, 2) not null check (value >= 0),
  comment text,
  recorded_at timestamptz not null,
  recorded_by text not null,
  primary key (indicator_id, period)
);
