-- The signing order of a draft that must be signed before it is sent in; the submission is made
-- when the order is complete.
alter table e_service_drafts add column signing_order_id uuid;
