-- eID authentications (a resident logging in to an e-service): started, then collected until the
-- provider says who it was. Each one is metered in eid_transactions against its organisation.
create table eid_authentications (
  id uuid primary key,
  organisation_id text not null references organisations (id),
  provider text not null,
  order_ref text not null,
  status text not null check (status in ('PENDING', 'COMPLETE', 'FAILED', 'EXPIRED', 'CANCELLED')),
  started_at timestamptz not null,
  completed_at timestamptz,
  hint_code text,
  user_message text,
  personal_identity_number text,
  name text,
  given_name text,
  surname text
);
create index eid_authentications_org_time on eid_authentications (organisation_id, started_at);
