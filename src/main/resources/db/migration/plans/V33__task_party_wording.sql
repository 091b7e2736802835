-- The lead and coordinating agencies exactly as the plan wrote them, whole: the parties keep the
-- spans the resolver found, which may drop words the names share ("Sở KH&ĐT, Tài chính").
alter table plan_task add column lead_wording varchar(2000);
alter table plan_task add column coordinator_wording varchar(2000);
