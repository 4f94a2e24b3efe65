-- Portable SQL: runs on PostgreSQL and on H2 (MODE=PostgreSQL).
--
-- The delivery table becomes the ledger of a durable fan-out: the consumer commits one PENDING
-- row per recipient together with the announcement and returns; a pool of senders works through
-- the rows under leases and records each outcome. Nothing depends on the event being redelivered.

-- What the mails say, fixed when the announcement starts: senders work from the database, not
-- from the event (a later version of the article must not change mails still queued).
alter table announcement add column title varchar(500);
alter table announcement add column dek varchar(4000);
alter table announcement add column url varchar(2000);
alter table announcement add column category varchar(200);

-- announcements started before this version take their text from the feed entry written with them
update announcement set
    title    = (select f.title from feed_entry f where f.article_id = announcement.article_id),
    dek      = (select f.dek from feed_entry f where f.article_id = announcement.article_id),
    url      = (select f.url from feed_entry f where f.article_id = announcement.article_id),
    category = (select f.category from feed_entry f where f.article_id = announcement.article_id);

drop index delivery_claim;
alter table delivery drop column claim_id;
-- claimed_at keeps its name; it is now when the row was queued (the announcement's start)

-- a sender owns the row while lease_until is in the future; lease_owner names one claim of one sender
alter table delivery add column lease_owner varchar(100);
alter table delivery add column lease_until timestamp with time zone;
-- after a transient failure: not before this time (exponential back-off by attempts)
alter table delivery add column next_attempt_at timestamp with time zone;
alter table delivery add column attempts integer default 0 not null;
-- the mail may have reached the server once already (connection lost after DATA, or a sender
-- died between the server's answer and recording it); it is sent again with the same Message-ID
alter table delivery add column uncertain boolean default false not null;
-- the last failure: why a row is FAILED or SKIPPED, or why it is waiting for another attempt
alter table delivery add column failure varchar(1000);

-- A CLAIMED row was written just before a send whose outcome was never recorded (the old
-- sender crashed): the mail may or may not have gone out. Send it again, counted as uncertain.
update delivery set status = 'PENDING', uncertain = true where status = 'CLAIMED';

-- Announcements the old sender left unfinished (e.g. their event was dead-lettered): queue every
-- subscriber who was confirmed when it started and has no row yet, so they are finished now.
insert into delivery (subscriber_id, article_id, status, claimed_at, attempts, uncertain)
select s.id, a.article_id, 'PENDING', a.started_at, 0, false
from announcement a
join subscriber s on s.status = 'CONFIRMED' and s.confirmed_at <= a.started_at
where a.completed_at is null
  and not exists (select 1 from delivery d where d.subscriber_id = s.id and d.article_id = a.article_id);

create index delivery_due on delivery (status, next_attempt_at);
create index delivery_lease on delivery (lease_owner);
create index delivery_article on delivery (article_id, status);
