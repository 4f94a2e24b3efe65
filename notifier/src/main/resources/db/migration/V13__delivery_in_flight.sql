-- Portable SQL: runs on PostgreSQL and on H2 (MODE=PostgreSQL).
--
-- Senders record the answers of a whole leased batch in one transaction instead of one per mail.
-- Before a batch goes out its rows are marked in flight (with the batch's personal-link tokens, in
-- one transaction); recording an answer clears the mark. A sender that dies mid-batch leaves exactly
-- the rows that may have reached the server marked, and lease recovery counts those as uncertain.
alter table delivery add column in_flight boolean default false not null;

-- the lease query: the oldest due rows in sending order, found by walking the index instead of
-- sorting every pending row of a large announcement for each batch
create index delivery_queue on delivery (status, claimed_at, article_id, subscriber_id);
