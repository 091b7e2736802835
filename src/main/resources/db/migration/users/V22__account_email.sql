-- Where a person's notifications are mailed. Optional: an account without one gets them in the portal only.
-- Not unique: an office may share one mailbox.
alter table user_account add column email varchar(254);
