-- Portable SQL: runs on PostgreSQL and on H2 (MODE=PostgreSQL).
-- A retracted article leaves every feed; its row stays (so a late or replayed publication of the
-- same or an older version does not bring it back) with the time of the retraction, which the
-- feeds' Last-Modified includes.
alter table feed_entry add column retracted_at timestamp with time zone;
alter table feed_entry add column retracted_version integer;
