-- events this service has handled, so a redelivered event is dropped (see ProcessedEvents)
create table processed_event (
    consumer     varchar(100) not null,
    event_id     varchar(36)  not null,
    processed_at timestamp    not null,
    primary key (consumer, event_id)
);

-- the live version of every published article, rendered and sanitised once at publication
create table article (
    article_id        varchar(100)  not null primary key,
    version           integer       not null,
    slug              varchar(100)  not null unique,
    title             varchar(1000) not null,
    dek               varchar(4000),
    category          varchar(200),
    tags_json         varchar(4000) not null,
    author            varchar(200),
    reviewer          varchar(200)  not null,
    reviewed_at       timestamp with time zone not null,
    body_html         text          not null,
    key_takeaway_html text          not null,
    references_json   text          not null,
    read_minutes      integer       not null,
    published_at      timestamp with time zone not null,
    updated_at        timestamp with time zone not null
);

create index article_published_at on article (published_at);
