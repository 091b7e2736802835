-- EXPLAIN ANALYZE of the main queries of the benchmarked pages, as Hibernate sends them, on the
-- loaded data: psql -h 127.0.0.1 -p 55432 -U postgres -f bench/explain.sql cchc
-- (bench/run.sh leaves the database running; the parameters are picked as the pages pick them).
\pset pager off
select id as period, plan_year as year from reporting_period where status = 'OPEN' \gset
select id as plan from plan where parent_plan_id is null and status = 'ISSUED' order by id desc limit 1 \gset
-- A large department with its two units (Sở Tư pháp: the busiest agencies have a few hundred rows).
select string_agg(id::text, ',') as agencies from agency where code in ('STP', 'STP-P1', 'STP-P2') \gset
select string_agg(a.id::text, ',') as work from assignment a join plan_task t on t.id = a.task_id
  join plan p on p.id = t.plan_id where a.active and p.plan_year = :year and p.status = 'ISSUED'
  and a.agency_id in (:agencies) \gset
select string_agg(a.id::text, ',') as yearwork from assignment a join plan_task t on t.id = a.task_id
  join plan p on p.id = t.plan_id where a.active and p.plan_year = :year and p.status = 'ISSUED' \gset
select min(a.id) as one from assignment a where a.id in (:work) \gset

\echo '=== 1. The agency report: the agency''s assignments this year (AgencyWork.of)'
explain (analyze, buffers, costs off) select a.id, t.id, a.agency_id, p.id, p.title, p.plan_year, s.title, s.domain_code, t.label, t.text, a.role, t.deadline_text, t.deadline_due from assignment a join plan_task t on t.id = a.task_id and t.deleted_at is null join plan p on p.id = t.plan_id join plan_section s on s.id = t.section_id where a.active and a.agency_id = any(string_to_array(:'agencies', ',')::bigint[]) and a.plan_id = p.id and p.plan_year = :year and p.status = 'ISSUED' order by p.id, s.position, t.position, a.id;

\echo '=== 2. Progress of given assignments in the period, as entities (MyTasks.statesOf: the figures of a period; no longer my tasks or the agency report)'
explain (analyze, buffers, costs off) select ap1_0.id,ap1_0.agency_id,ap1_0.assignment_id,ap1_0.late,ap1_0.latest_update_id,ap1_0.percent,ap1_0.period_id,ap1_0.returned_at,ap1_0.returned_by,ap1_0.returned_comment,ap1_0.revision,ap1_0.status,ap1_0.updated_at,ap1_0.updated_by from assignment_progress ap1_0 where ap1_0.period_id=:period and ap1_0.assignment_id in (:work);

\echo '=== 3. Saving an update: the assignment, checked against the agency (AgencyWork.find)'
explain (analyze, buffers, costs off) select a.id, t.id, a.agency_id, p.id, p.title, p.plan_year, s.title, s.domain_code, t.label, t.text, a.role, t.deadline_text, t.deadline_due from assignment a join plan_task t on t.id = a.task_id and t.deleted_at is null join plan p on p.id = t.plan_id join plan_section s on s.id = t.section_id where a.active and a.id = :one and a.agency_id = any(string_to_array(:'agencies', ',')::bigint[]);

\echo '=== 4. Saving an update: the progress row, locked (AssignmentProgressRepository.lock)'
begin;
explain (analyze, buffers, costs off) select ap1_0.id, ap1_0.revision from assignment_progress ap1_0 where ap1_0.assignment_id=:one and ap1_0.period_id=:period for no key update;
\echo '=== 5. Saving an update: the new update row'
explain (analyze, buffers, costs off) insert into progress_update (assignment_id, period_id, status, percent, results, late, author, created_at) values (:one, :period, 'IN_PROGRESS', 50, 'Đã triển khai', false, 'bench', now());
rollback;

\echo '=== 6. A task''s page: the history of the period (findByAssignmentIdAndPeriodIdOrderByCreatedAtDescIdDesc)'
explain (analyze, buffers, costs off) select pu1_0.id,pu1_0.assignment_id,pu1_0.author,pu1_0.created_at,pu1_0.difficulties,pu1_0.late,pu1_0.percent,pu1_0.period_id,pu1_0.proposals,pu1_0.results,pu1_0.status from progress_update pu1_0 where pu1_0.assignment_id=:one and pu1_0.period_id=:period order by pu1_0.created_at desc,pu1_0.id desc;

\echo '=== 7. A task''s page: its evidence (EvidenceRepository)'
explain (analyze, buffers, costs off) select e1_0.id,e1_0.file_name,e1_0.size_bytes,e1_0.title,e1_0.uploaded_at from evidence e1_0 where e1_0.assignment_id=:one order by e1_0.uploaded_at desc,e1_0.id desc;

\echo '=== 8. The plan: its tasks with parties and products (PlanTaskRepository.findAllOfPlan)'
explain (analyze, buffers, costs off) select pt1_0.id,pt1_0.budget_amount,pt1_0.budget_text,pt1_0.coordinator_wording,pt1_0.deadline_due,pt1_0.deadline_kind,pt1_0.deadline_text,pt1_0.label,pt1_0.lead_wording,pt1_0.notes,pt1_0.origin_task_id,pt1_0.parent_task_id,p1_0.task_id,p1_0.position,p1_0.role,p1_0.agency_id,p1_0.group_code,p1_0.wording,pt1_0.plan_id,pt1_0.position,p2_0.task_id,p2_0.position,p2_0.text,pt1_0.section_id,pt1_0.text,pt1_0.version from plan_task pt1_0 left join plan_task_party p1_0 on pt1_0.id=p1_0.task_id left join plan_task_product p2_0 on pt1_0.id=p2_0.task_id where (pt1_0.deleted_at is null) and pt1_0.plan_id=:plan order by pt1_0.section_id, pt1_0.parent_task_id nulls first, pt1_0.position;

\echo '=== 9. The plan: assignments per task (AssignmentRepository.countActiveByTask)'
explain (analyze, buffers, costs off) select a1_0.task_id,count(a1_0.id) from assignment a1_0 where a1_0.active and a1_0.task_id in (select pt1_0.id from plan_task pt1_0 where (pt1_0.deleted_at is null) and pt1_0.plan_id=:plan) group by a1_0.task_id;

\echo '=== 10. The review: every assignment of the year (AssignmentRepository.workOfYear)'
explain (analyze, buffers, costs off) select a1_0.id,pt1_0.id,a1_0.agency_id,p1_0.id,p1_0.title,p1_0.plan_year,ps1_0.title,ps1_0.domain_code,pt1_0.label,pt1_0.text,cast(a1_0.role as varchar),pt1_0.deadline_text,pt1_0.deadline_due from assignment a1_0,plan_task pt1_0,plan p1_0,plan_section ps1_0 where (pt1_0.deleted_at is null) and pt1_0.id=a1_0.task_id and p1_0.id=pt1_0.plan_id and ps1_0.id=pt1_0.section_id and a1_0.active and p1_0.plan_year=:year and p1_0.status='ISSUED' order by p1_0.id,ps1_0.position,pt1_0.position,a1_0.id;

\echo '=== 11. The review: where all of them stand (findByPeriodIdAndAssignmentIdIn with the whole year)'
explain (analyze, buffers, costs off) select ap1_0.id,ap1_0.assignment_id,ap1_0.status,ap1_0.percent,ap1_0.revision from assignment_progress ap1_0 where ap1_0.period_id=:period and ap1_0.assignment_id in (:yearwork);

\echo '=== 12. The review: the agencies'' reports (AgencyReportRepository.findByPeriodId)'
explain (analyze, buffers, costs off) select ar1_0.id,ar1_0.agency_id,ar1_0.late,ar1_0.period_id,ar1_0.status,ar1_0.submitted_at,ar1_0.summary,ar1_0.version from agency_report ar1_0 where ar1_0.period_id=:period;

-- The dashboard (progress.ProgressStatistics): one aggregate query per chart over the year's lead
-- assignments. The deadline readings, which the app computes with Deadline.parse, are approximated
-- here from the stored kind and due date (same shape of plan).
select coalesce(jsonb_agg(jsonb_build_object('wording', w, 'due', due, 'every', every)), '[]')::text as readings
  from (select distinct on (t.deadline_text) t.deadline_text as w, t.deadline_due as due,
        t.deadline_kind in ('CONTINUOUS', 'RECURRING') as every
        from plan p join plan_task t on t.plan_id = p.id
        where p.plan_year = :year and p.status in ('ISSUED', 'CLOSED') and t.deadline_text is not null) d \gset
select (select id from agency where code = 'STP') as stp \gset

\echo '=== 13. Dashboard: agencies ranked, with their period report (ProgressStatistics.byAgency)'
explain (analyze, buffers, costs off)
select l.agency_id, l.agency_name, l.category, count(*) as n, r.status as report_status, r.late, r.submitted_at
from (select a.id as assignment_id, s.domain_code, rep.id as agency_id, rep.name as agency_name, pr.id as period_id,
       case when ap.status in ('DONE_ON_TIME', 'DONE_LATE', 'SUSPENDED') then ap.status
            when r.due < current_date or (r.every and ap.id is null and current_date > pr.due_date) then 'OVERDUE'
            when ap.status = 'IN_PROGRESS' then 'IN_PROGRESS' else 'NOT_STARTED' end as category
      from plan p
      join plan_task t on t.plan_id = p.id and t.deleted_at is null
      join plan_section s on s.id = t.section_id
      join assignment a on a.task_id = t.id and a.active and a.role = 'LEAD'
      join agency ag on ag.id = a.agency_id
      join agency rep on rep.id = case when ag.kind = 'INTERNAL_UNIT' and ag.parent_id is not null then ag.parent_id else ag.id end
      join reporting_period pr on pr.plan_year = p.plan_year and pr.id in (:period)
      left join assignment_progress ap on ap.assignment_id = a.id and ap.period_id = pr.id
      left join jsonb_to_recordset(cast(:'readings' as jsonb)) as r (wording text, due date, every boolean) on r.wording = t.deadline_text
      where p.plan_year = :year and p.status in ('ISSUED', 'CLOSED')) l
left join agency_report r on r.agency_id = l.agency_id and r.period_id = :period
group by l.agency_id, l.agency_name, l.category, r.status, r.late, r.submitted_at;

\echo '=== 14. Dashboard: the task list of one agency, a page, evidence counted (ProgressStatistics.tasks)'
explain (analyze, buffers, costs off)
select l.*, count(*) over () as total, (select count(*) from evidence e where e.assignment_id = l.assignment_id) as evidence
from (select a.id as assignment_id, t.id as task_id, p.id as plan_id, rep.id as agency_id,
       case when ap.status in ('DONE_ON_TIME', 'DONE_LATE', 'SUSPENDED') then ap.status
            when r.due < current_date or (r.every and ap.id is null and current_date > pr.due_date) then 'OVERDUE'
            when ap.status = 'IN_PROGRESS' then 'IN_PROGRESS' else 'NOT_STARTED' end as category
      from plan p
      join plan_task t on t.plan_id = p.id and t.deleted_at is null
      join plan_section s on s.id = t.section_id
      join assignment a on a.task_id = t.id and a.active and a.role = 'LEAD'
      join agency ag on ag.id = a.agency_id
      join agency rep on rep.id = case when ag.kind = 'INTERNAL_UNIT' and ag.parent_id is not null then ag.parent_id else ag.id end
      join reporting_period pr on pr.plan_year = p.plan_year and pr.id in (:period)
      left join assignment_progress ap on ap.assignment_id = a.id and ap.period_id = pr.id
      left join jsonb_to_recordset(cast(:'readings' as jsonb)) as r (wording text, due date, every boolean) on r.wording = t.deadline_text
      where p.plan_year = :year and p.status in ('ISSUED', 'CLOSED') and rep.id = :stp) l
order by l.plan_id, l.task_id, l.assignment_id offset 0 limit 100;

\echo '=== 15. Dashboard: completion across the last five years (ProgressStatistics.byYear)'
explain (analyze, buffers, costs off)
select p.plan_year, count(*) as total, count(*) filter (where ap.status in ('DONE_ON_TIME', 'DONE_LATE')) as done,
       count(*) filter (where ap.status = 'SUSPENDED') as suspended
from plan p
join plan_task t on t.plan_id = p.id and t.deleted_at is null
join plan_section s on s.id = t.section_id
join assignment a on a.task_id = t.id and a.active and a.role = 'LEAD'
join agency ag on ag.id = a.agency_id
join agency rep on rep.id = case when ag.kind = 'INTERNAL_UNIT' and ag.parent_id is not null then ag.parent_id else ag.id end
left join assignment_progress ap on ap.assignment_id = a.id and ap.period_id = any(array(
    select distinct on (plan_year) id from reporting_period
    where status <> 'PLANNED' and plan_year between :year - 4 and :year order by plan_year, cutoff_to desc))
where p.plan_year between :year - 4 and :year and p.status in ('ISSUED', 'CLOSED')
group by p.plan_year order by p.plan_year;

\echo '=== 16. My tasks, the agency report: every row of the agency, lean, with its progress (PeriodTally.lines)'
explain (analyze, buffers, costs off) select a.id, t.deadline_text, p.plan_year, s.status, s.percent, s.late, s.revision, s.returned_comment, null as text from assignment a join plan p on p.id = a.plan_id join plan_task t on t.id = a.task_id and t.deleted_at is null join plan_section ps on ps.id = t.section_id left join assignment_progress s on s.assignment_id = a.id and s.period_id = :period where a.active and p.plan_year = :year and p.status = 'ISSUED' and a.agency_id in (:agencies) order by p.id, ps.position, t.position, a.id;

\echo '=== 17. My tasks: the 50 rows of the page, whole (AgencyWork.find)'
select string_agg(id::text, ',') as shown from (select unnest(string_to_array(:'work', ','))::bigint as id limit 50) x \gset
explain (analyze, buffers, costs off) select a.id, t.id, a.agency_id, p.id, p.title, p.plan_year, s.title, s.domain_code, t.label, t.text, a.role, t.deadline_text, t.deadline_due from assignment a join plan_task t on t.id = a.task_id and t.deleted_at is null join plan p on p.id = t.plan_id join plan_section s on s.id = t.section_id where a.active and a.id = any(string_to_array(:'shown', ',')::bigint[]) and a.agency_id = any(string_to_array(:'agencies', ',')::bigint[]);

\echo '=== 18. The review: the year counted by agency, deadline and progress (PeriodTally.groups)'
explain (analyze, buffers, costs off) select a.agency_id, t.deadline_text, p.plan_year, s.status, s.revision, s.returned_comment is not null as sent_back, count(*) from assignment a join plan p on p.id = a.plan_id join plan_task t on t.id = a.task_id and t.deleted_at is null join plan_section ps on ps.id = t.section_id left join assignment_progress s on s.assignment_id = a.id and s.period_id = :period where a.active and p.plan_year = :year and p.status = 'ISSUED' group by a.agency_id, t.deadline_text, p.plan_year, s.status, s.revision, sent_back order by a.agency_id;
