-- Speed of a run with many files (issue #8). The open outputs are read a page at a time in id order, on an index, so
-- that carrying them out does not scan the outputs of every earlier run.
create index pending_output_open_by_id on pending_output (done, id);

-- H2 keeps 32 identity values in hand and stores the next one with a commit of its own; with WRITE_DELAY=0 each such
-- commit writes every changed page to disk, a few times per chunk. A larger cache takes that out of the chunk; values
-- in hand when the process stops are skipped (ids only identify rows, they need not be dense).
alter table run alter column id set cache 1000;
alter table run_file alter column id set cache 1000;
alter table message_record alter column id set cache 1000;
alter table delivery alter column id set cache 1000;
alter table allocation alter column id set cache 1000;
alter table request alter column id set cache 1000;
alter table answer alter column id set cache 1000;
alter table declaration alter column id set cache 1000;
alter table prestatie alter column id set cache 1000;
alter table pending_output alter column id set cache 1000;

-- A file's report (some hundreds of bytes of JSON) and a planned answer (a few kB) were H2 LOBs, each written to and
-- cleaned from H2's separate LOB store; in the row they cost a fraction. Both still hold far more than any file
-- (berichtenbatch.inbox.max-file-bytes).
alter table run_file alter column report set data type character varying;
alter table pending_output alter column content set data type binary varying;
