-- Members who were not present for one item (arrived late, left early): they neither decide nor
-- count towards the quorum of that item (Kommunallagen 5 kap. 67 §, 6 kap. 27 §).
alter table agenda_items add column absent uuid[] not null default '{}';
