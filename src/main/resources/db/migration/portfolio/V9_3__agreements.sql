-- Agreements signed through the committee after a procurement: framework agreements the member
-- municipalities call off from, and contracts. The committee follows them up (seed §16): it is
-- reminded before the notice deadline and before each agreement ends.
create table agreements (
  id uuid primary key,
  organisation_id text not null references organisations (id),
  kind text not null check (kind in ('FRAMEWORK_AGREEMENT', 'CONTRACT')),
  title text not null,
  supplier_name text not null,
  -- Swedish organisation number NNNNNN-NNNN; foreign suppliers have none.
  supplier_number text,
  scope text not null,
  -- Every member municipality may call off; otherwise only those in agreement_call_offs.
  all_members boolean not null,
  starts_on date not null,
  -- The end as signed; options used extend it.
  ends_on date not null,
  notice_months int check (notice_months between 0 and 120),
  case_number text,
  created_at timestamptz not null,
  check (ends_on >= starts_on)
);
create index agreements_organisation on agreements (organisation_id, ends_on);

-- Options to extend, in the order they are used; used_on is set once the committee uses one.
create table agreement_options (
  agreement_id uuid not null references agreements (id) on delete cascade,
  position int not null,
  months int not null check (months between 1 and 120),
  used_on date,
  primary key (agreement_id, position)
);

create table agreement_call_offs (
  agreement_id uuid not null references agreements (id) on delete cascade,
  municipality_id text not null references organisations (id),
  primary key (agreement_id, municipality_id)
);

create table agreement_services (
  agreement_id uuid not null references agreements (id) on delete cascade,
  service_id uuid not null references shared_services (id),
  primary key (agreement_id, service_id)
);

-- One reminder per agreement, deadline and number of days ahead: the primary key makes a second
-- send impossible, also after a restart. A changed end (an option used) is a new deadline.
create table agreement_reminders (
  agreement_id uuid not null references agreements (id) on delete cascade,
  kind text not null check (kind in ('NOTICE', 'EXPIRY')),
  deadline date not null,
  days_ahead int not null,
  sent_to text not null,
  sent_at timestamptz not null,
  primary key (agreement_id, kind, deadline, days_ahead)
);
