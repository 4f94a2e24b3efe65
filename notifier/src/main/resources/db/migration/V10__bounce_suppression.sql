-- Portable SQL: runs on PostgreSQL and on H2 (MODE=PostgreSQL).
-- Permanent refusals (5xx) of article mails count against the address; at
-- pipeline.notifier.sender.suppress-after-bounces it is suppressed: its mails are recorded
-- SUPPRESSED instead of being sent, until the reader subscribes again.
alter table subscriber add column bounce_count integer default 0 not null;
alter table subscriber add column suppressed_at timestamp with time zone;
