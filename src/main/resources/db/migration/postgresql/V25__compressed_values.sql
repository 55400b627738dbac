-- A large planned answer and a large file report (the 325 to and the report of a declaration of 20,000 clients: some
-- 25 MB each) are kept gzipped (Gzip.FROM); small ones, nearly all, as they are. Rows written before are plain.
alter table pending_output add column compressed boolean default false not null;
alter table run_file add column report_gz bytea;
