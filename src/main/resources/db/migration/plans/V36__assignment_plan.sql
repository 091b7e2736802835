-- The plan of an assignment's task, kept on the assignment. "My tasks" and the agency report read one
-- agency's work of one year; without it PostgreSQL probed the assignments of every task of the year
-- (5,832 tasks at the benchmark's scale, 20 ms for a department) to keep a few hundred rows. With it
-- and the index below it reads the agency's rows of the year's plans directly.
alter table assignment add column plan_id bigint;
update assignment a set plan_id = t.plan_id from plan_task t where t.id = a.task_id;
alter table assignment alter column plan_id set not null;
create index assignment_agency_plan_idx on assignment (agency_id, plan_id) where active;

-- Derived, so kept by the database whoever writes the row (the application, an import, COPY): a task
-- never changes plan.
create function assignment_plan() returns trigger language plpgsql as $$
begin
    new.plan_id := (select plan_id from plan_task where id = new.task_id);
    return new;
end
$$;
create trigger assignment_plan before insert or update of task_id on assignment
    for each row execute function assignment_plan();
