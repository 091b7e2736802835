-- Targets are edited one by one in the browser, each with its own version, so a stale save of a
-- target is refused without making the plan's header (or another target) stale.
alter table plan_target add column version bigint not null default 0;
