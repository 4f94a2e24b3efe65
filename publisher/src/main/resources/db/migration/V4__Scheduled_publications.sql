-- approved versions waiting for their publishAt time: the approval as it came (JSON), and the slug
-- it will go live under (reserved now, so that the announcement of the schedule can name the address)
create table scheduled_publication (
    article_id    varchar(100) not null primary key,
    version       integer      not null,
    slug          varchar(100) not null unique,
    publish_at    timestamp with time zone not null,
    approval_json text         not null
);

create index scheduled_publication_publish_at on scheduled_publication (publish_at);
