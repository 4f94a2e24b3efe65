-- Portable SQL: runs on PostgreSQL and on H2 (MODE=PostgreSQL).
--
-- Senders record the answers of a whole leased batch in one transaction instead of one per mail.
-- A lease marks its rows in flight — their mails are about to go out — and recording a row's answer
-- (or giving it back untried) clears the mark. A sender that dies mid-batch leaves exactly the rows
-- that may have reached the server marked, and lease recovery counts those as uncertain.
alter table delivery add column in_flight boolean default false not null;

-- The lease query walks this index in sending order and stops after one batch, instead of
-- collecting every pending row of a large announcement and sorting them for each batch. It
-- replaces the two indexes a planner combined for that query (all of a table's queued rows have
-- lease_owner null: a bitmap of them per batch cost more than the sort); rows of a lease are found
-- by their keys, lease recovery goes through the pending rows.
create index delivery_queue on delivery (status, claimed_at, article_id, subscriber_id);
drop index delivery_due;
drop index delivery_lease;
