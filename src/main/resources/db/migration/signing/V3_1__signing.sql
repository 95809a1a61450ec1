-- Signing orders: a document and the people who must sign it.
create table signing_orders (
  id uuid primary key,
  organisation_id text not null references organisations (id),
  title text not null,
  document bytea not null,
  document_sha256 text not null,
  mode text not null check (mode in ('SEQUENTIAL', 'PARALLEL')),
  status text not null check (status in ('OPEN', 'COMPLETED', 'DECLINED', 'EXPIRED', 'CANCELLED')),
  reference text,
  created_at timestamptz not null,
  created_by uuid,
  expires_at timestamptz not null,
  closed_at timestamptz,
  sealed_document bytea,
  sealed_sha256 text
);
create index signing_orders_org on signing_orders (organisation_id, created_at desc);
create index signing_orders_open on signing_orders (expires_at) where status = 'OPEN';
create index signing_orders_sha on signing_orders (document_sha256);
create index signing_orders_sealed_sha on signing_orders (sealed_sha256);

create table signing_signers (
  order_id uuid not null references signing_orders (id) on delete cascade,
  position integer not null,
  name text not null,
  email text not null,
  personal_identity_number text,
  role text not null default '',
  status text not null check (status in ('WAITING', 'NOTIFIED', 'SIGNED', 'DECLINED')),
  token text not null unique,
  notified_at timestamptz,
  reminded_at timestamptz,
  provider text,
  eid_order_ref text,
  signed_at timestamptz,
  signed_name text,
  evidence text,
  declined_at timestamptz,
  decline_comment text,
  primary key (order_id, position)
);

-- Every eID authentication, signature and SMS, billed to the municipality that caused it.
create table eid_transactions (
  id bigint generated always as identity primary key,
  organisation_id text not null references organisations (id),
  kind text not null check (kind in ('AUTHENTICATION', 'SIGNATURE', 'SMS')),
  provider text not null,
  occurred_at timestamptz not null,
  reference text
);
create index eid_transactions_org_time on eid_transactions (organisation_id, occurred_at);
