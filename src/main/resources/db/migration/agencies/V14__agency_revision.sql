-- One number raised by the database whenever an agency, one of its former names or a group
-- changes (rename, reorganisation, correction, import), whoever writes it. Pages that show
-- agency names from a cache key it with this number (see docs/plans.md, the plan page).
create table agency_revision (
    id       int primary key check (id = 1),
    revision bigint not null
);

insert into agency_revision (id, revision) values (1, 0);

create function agency_revision_bump() returns trigger language plpgsql as $$
begin
    update agency_revision set revision = revision + 1 where id = 1;
    return null;
end $$;

create trigger agency_revision_bump after insert or update or delete or truncate on agency
    for each statement execute function agency_revision_bump();
create trigger agency_revision_bump after insert or update or delete or truncate on agency_former_name
    for each statement execute function agency_revision_bump();
create trigger agency_revision_bump after insert or update or delete or truncate on agency_group
    for each statement execute function agency_revision_bump();
