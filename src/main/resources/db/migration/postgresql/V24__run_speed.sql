-- Speed of a run with many files (issue #8). The open outputs are read a page at a time in id order, on an index, so
-- that carrying them out does not scan the outputs of every earlier run. (The H2 migration also enlarges H2's identity
-- caches; PostgreSQL's sequences need no such help.)
create index pending_output_open_by_id on pending_output (done, id);
