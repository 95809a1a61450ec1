-- A decision that ends its case closes the case when the extract is dispatched.
alter table agenda_items add column closes_case boolean not null default false;

-- Each item's certified extract, registered as an outgoing document in its case and e-mailed to
-- the recipients once; the row makes a second dispatch a no-op.
create table extract_dispatches (
  item_id uuid primary key references agenda_items (id),
  meeting_id uuid not null references meetings (id),
  document_id uuid,
  recipients text not null,
  dispatched_at timestamptz not null
);
