-- Portable SQL: runs on PostgreSQL and on H2 (MODE=PostgreSQL).
-- Mails to staff about their articles, queued with the processed-event record and sent by the
-- staff notification sender; one per (event, recipient), so a redelivered event mails no one twice.
create table staff_notification (
    id              varchar(36)   not null primary key,
    event_id        varchar(36)   not null,
    kind            varchar(40)   not null,
    article_id      varchar(200)  not null,
    recipient       varchar(254)  not null,
    subject         varchar(500)  not null,
    body_text       varchar(20000) not null,
    body_html       varchar(40000) not null,
    created_at      timestamp with time zone not null,
    sent_at         timestamp with time zone,
    attempts        integer default 0 not null,
    next_attempt_at timestamp with time zone,
    lease_until     timestamp with time zone,
    failed          boolean default false not null,
    failure         varchar(1000),
    unique (event_id, recipient)
);

create index staff_notification_due on staff_notification (sent_at, failed, next_attempt_at);
