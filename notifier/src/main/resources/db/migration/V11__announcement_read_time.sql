-- Portable SQL: runs on PostgreSQL and on H2 (MODE=PostgreSQL).
-- The article mail shows the read time, fixed when the announcement starts like its other text;
-- announcements started before (or from events without one) stay without it. The reviewer column
-- now holds the sign-off line ("Dr Bob Rivera, MD, haematologist and …"), which can be longer.
alter table announcement add column read_time_minutes integer;
alter table announcement alter column reviewer set data type varchar(1000);
