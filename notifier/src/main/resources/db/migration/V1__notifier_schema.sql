-- Portable SQL: runs on PostgreSQL and on H2 (with or without MODE=PostgreSQL).

create table processed_event (
    consumer     varchar(100) not null,
    event_id     varchar(36)  not null,
    processed_at timestamp    not null,
    primary key (consumer, event_id)
);

create table subscriber (
    id                   varchar(36)  not null primary key,
    email                varchar(254) not null unique,
    status               varchar(20)  not null,
    -- cleared on unsubscribe, so an old confirmation link cannot silently re-subscribe
    confirm_token        varchar(64) unique,
    unsubscribe_token    varchar(64)  not null unique,
    created_at           timestamp with time zone not null,
    confirmation_sent_at timestamp with time zone,
    confirmed_at         timestamp with time zone,
    unsubscribed_at      timestamp with time zone
);

create index subscriber_status on subscriber (status, confirmed_at);

create table feed_entry (
    article_id      varchar(200)  not null primary key,
    article_version integer       not null,
    title           varchar(500)  not null,
    dek             varchar(4000),
    url             varchar(2000) not null,
    category        varchar(200),
    author          varchar(200),
    -- first publication; a later version only moves updated_at
    published_at    timestamp with time zone not null,
    updated_at      timestamp with time zone not null
);

create index feed_entry_newest on feed_entry (published_at);

-- One row per article that was (or is being) announced by e-mail: only the event that created
-- the row sends mails, so a later version of the article never does.
create table announcement (
    article_id      varchar(200) not null primary key,
    event_id        varchar(36)  not null,
    article_version integer      not null,
    started_at      timestamp with time zone not null,
    completed_at    timestamp with time zone
);

-- The claim that keeps every subscriber at one mail per article: written and committed before
-- the mail is sent, so a crash can lose a mail but never send it twice.
create table delivery (
    subscriber_id varchar(36)  not null references subscriber (id),
    article_id    varchar(200) not null,
    claim_id      varchar(36)  not null,
    status        varchar(20)  not null,
    claimed_at    timestamp with time zone not null,
    sent_at       timestamp with time zone,
    primary key (subscriber_id, article_id)
);

create index delivery_claim on delivery (claim_id);
