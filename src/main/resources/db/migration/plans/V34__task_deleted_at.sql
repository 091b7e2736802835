-- A deleted task stays until the draft moves on, so its deletion can be undone.
alter table plan_task add column deleted_at timestamptz;
