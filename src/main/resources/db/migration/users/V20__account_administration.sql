-- Account administration: a unit (phòng) inside the agency, the forced change of a temporary password,
-- and trigram indexes for searching people by name typed without diacritics.
alter table user_account
    add column unit_id              bigint references agency (id),
    add column must_change_password boolean     not null default false,
    add column password_changed_at  timestamptz;

create index user_account_unit_idx on user_account (unit_id);
create index user_account_full_name_trgm on user_account using gin (search_fold(full_name) gin_trgm_ops);
create index user_account_username_trgm on user_account using gin (search_fold(username) gin_trgm_ops);

-- Failed sign-ins per typed username, whether or not an account has that name: unknown names are
-- throttled exactly like real ones, so the answer never tells which accounts exist. In the database,
-- not in memory, so the count survives restarts and is shared by every instance.
create table login_attempt (
    username_key      varchar(200) primary key,
    failures          integer      not null,
    window_started_at timestamptz  not null,
    locked_until      timestamptz
);
