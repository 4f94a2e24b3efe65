-- When the event that set the draft's current status happened, so an event that arrives late
-- (older than that) is kept in the history but never moves the status backwards.
alter table draft add column status_at timestamp with time zone;
update draft set status_at = updated_at;
