-- One run at a time across every process that shares the database: a lease with its owner and expiry.
-- Numbered apart from the state migrations so that those can grow without renumbering.
create table run_lock (
    id          smallint      primary key check (id = 1),
    owner       varchar(200),
    run_id      bigint,
    expires     timestamp
);
insert into run_lock (id, owner, run_id, expires) values (1, null, null, null);
