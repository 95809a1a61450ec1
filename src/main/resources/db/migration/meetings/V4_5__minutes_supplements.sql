-- Documents signed beside the minutes: a § attested immediately at the meeting, or a correction
-- of attested minutes (which themselves never change).
create table minutes_supplements (
  id uuid primary key,
  meeting_id uuid not null references meetings (id),
  item_id uuid not null references agenda_items (id),
  kind text not null check (kind in ('IMMEDIATE', 'CORRECTION')),
  correction text,
  status text not null check (status in ('IN_ATTESTATION', 'ATTESTED', 'DECLINED')),
  signing_order_id uuid not null,
  created_at timestamptz not null,
  created_by text not null,
  attested_at timestamptz,
  sealed_pdf bytea,
  sealed_sha256 text
);
create index minutes_supplements_meeting on minutes_supplements (meeting_id, created_at);
-- At most one immediate attestation under way or done per item.
create unique index minutes_supplements_immediate on minutes_supplements (item_id)
  where kind = 'IMMEDIATE' and status <> 'DECLINED';
