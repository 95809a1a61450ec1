-- Minutes brought in from old files: read-only from the start, with no attendance or signatures
-- recorded in Kansli; the source file is registered in the registry.
alter table meetings add column historical boolean not null default false;
alter table meetings add column source_sha256 text;
