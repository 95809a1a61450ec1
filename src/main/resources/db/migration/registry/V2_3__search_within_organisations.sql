-- Every search is within organisations (the reader's, or one public registry), so the full-text
-- indexes lead with the organisation: a Luleå search no longer reads, and throws away, the other
-- municipalities' matches. btree_gin (PostgreSQL contrib, a trusted extension: a database owner may
-- create it) lets a GIN index hold the organisation beside the text.
create extension if not exists btree_gin;

set local maintenance_work_mem = '256MB';

create index cases_org_search on cases using gin (organisation_id, search_vector);
create index documents_org_search on documents using gin (organisation_id, search_vector);

-- A GIN index over several columns also serves searches on the text alone.
drop index cases_search;
drop index documents_search;
