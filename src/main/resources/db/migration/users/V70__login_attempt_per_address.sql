-- Sign-in throttling counted per typed username AND client address: an attacker who fails five
-- times locks the name only for their own address, so nobody can lock a colleague out of the
-- portal by typing their username wrong (the old per-username lock was a denial-of-service).
-- Repeated lockouts of the same pair double in length (lockouts), and old rows are purged.
delete from login_attempt;
alter table login_attempt drop constraint login_attempt_pkey;
alter table login_attempt add column client_address varchar(64) not null default '';
alter table login_attempt add column lockouts integer not null default 0;
alter table login_attempt add column last_failure_at timestamptz not null default now();
alter table login_attempt add primary key (username_key, client_address);
create index login_attempt_last_failure on login_attempt (last_failure_at);
