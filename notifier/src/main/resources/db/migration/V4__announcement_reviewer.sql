-- Portable SQL: runs on PostgreSQL and on H2 (MODE=PostgreSQL).
-- The article mail names the medical reviewer, fixed when the announcement starts like its other text;
-- announcements started before stay without one.
alter table announcement add column reviewer varchar(200);
