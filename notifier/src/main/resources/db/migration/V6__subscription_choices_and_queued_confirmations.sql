-- Portable SQL: runs on PostgreSQL and on H2 (MODE=PostgreSQL).

-- The categories a subscriber chose, as slugs ("Immune Health" -> immune-health); none = all.
create table subscriber_category (
    subscriber_id varchar(36)  not null references subscriber (id),
    category      varchar(200) not null,
    primary key (subscriber_id, category)
);

-- The announcement's category as a slug, what the fan-out compares with the subscribers' choices.
alter table announcement add column category_slug varchar(200);

-- Confirmation mails are queued here and sent by the confirmation sender, off the request thread:
-- a subscriber needs one while confirmation_requested_at is newer than confirmation_sent_at.
alter table subscriber add column confirmation_requested_at timestamp with time zone;
alter table subscriber add column confirmation_attempts integer default 0 not null;
alter table subscriber add column confirmation_next_attempt_at timestamp with time zone;
alter table subscriber add column confirmation_lease_until timestamp with time zone;
-- why the last attempt failed; a permanent refusal (5xx) ends the attempts
alter table subscriber add column confirmation_failure varchar(1000);
alter table subscriber add column confirmation_failure_permanent boolean default false not null;

create index subscriber_confirmation_due on subscriber (status, confirmation_requested_at);
