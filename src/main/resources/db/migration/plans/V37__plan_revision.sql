-- A plan's content revision: raised by the database itself whenever anything the plan's page
-- shows changes (the plan, its sections, targets, tasks with their parties, products and target
-- links, assignments, steps, issued versions), whoever writes it (JPA, native SQL, another
-- module, COPY). The plan page caches its rendering under this number (docs/plans.md). No foreign
-- key: a plan being deleted still fires the triggers of its cascaded rows.
create table plan_revision (
    plan_id  bigint primary key,
    revision bigint not null
);

-- Statement-level with transition tables, so that a bulk statement raises each plan once.
-- PostgreSQL allows one event per trigger with transition tables: three triggers per table,
-- one function per key (the rows' plan_id, or their task's).
create function plan_revision_bump(plan_ids bigint[]) returns void language sql as $$
    insert into plan_revision (plan_id, revision)
    select distinct id, 1 from unnest(plan_ids) as id where id is not null
    order by 1
    on conflict (plan_id) do update set revision = plan_revision.revision + 1;
$$;

create function plan_revision_by_plan() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform plan_revision_bump(array(select plan_id from new_rows));
    elsif tg_op = 'DELETE' then
        perform plan_revision_bump(array(select plan_id from old_rows));
    else
        perform plan_revision_bump(array(select plan_id from new_rows union select plan_id from old_rows));
    end if;
    return null;
end $$;

create function plan_revision_by_task() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform plan_revision_bump(array(select t.plan_id from plan_task t where t.id in (select task_id from new_rows)));
    elsif tg_op = 'DELETE' then
        perform plan_revision_bump(array(select t.plan_id from plan_task t where t.id in (select task_id from old_rows)));
    else
        perform plan_revision_bump(array(select t.plan_id from plan_task t
            where t.id in (select task_id from new_rows union select task_id from old_rows)));
    end if;
    return null;
end $$;

create function plan_revision_of_plan() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        perform plan_revision_bump(array(select id from old_rows));
    else
        perform plan_revision_bump(array(select id from new_rows));
    end if;
    return null;
end $$;

create trigger plan_revision_upd after update on plan referencing new table as new_rows
    for each statement execute function plan_revision_of_plan();
create trigger plan_revision_del after delete on plan referencing old table as old_rows
    for each statement execute function plan_revision_of_plan();

do $$
declare
    tbl text;
begin
    foreach tbl in array array['plan_section', 'plan_target', 'plan_task', 'plan_transition', 'plan_version'] loop
        execute format('create trigger %1$s_revision_ins after insert on %1$s referencing new table as new_rows '
            'for each statement execute function plan_revision_by_plan()', tbl);
        execute format('create trigger %1$s_revision_upd after update on %1$s referencing new table as new_rows '
            'old table as old_rows for each statement execute function plan_revision_by_plan()', tbl);
        execute format('create trigger %1$s_revision_del after delete on %1$s referencing old table as old_rows '
            'for each statement execute function plan_revision_by_plan()', tbl);
    end loop;
    foreach tbl in array array['plan_task_party', 'plan_task_product', 'plan_task_target', 'assignment'] loop
        execute format('create trigger %1$s_revision_ins after insert on %1$s referencing new table as new_rows '
            'for each statement execute function plan_revision_by_task()', tbl);
        execute format('create trigger %1$s_revision_upd after update on %1$s referencing new table as new_rows '
            'old table as old_rows for each statement execute function plan_revision_by_task()', tbl);
        execute format('create trigger %1$s_revision_del after delete on %1$s referencing old table as old_rows '
            'for each statement execute function plan_revision_by_task()', tbl);
    end loop;
end $$;
