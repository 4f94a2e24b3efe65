-- Idempotency-Key of each submission or revision, per writer, committed with the draft it created:
-- a retry with the same key gets the same receipt and creates nothing. Kept (at least 24 hours;
-- nothing deletes them yet) so a writer's tool can retry after a lost answer.
create table submission_key (
    author          varchar(100) not null,
    idempotency_key varchar(200) not null,
    request_hash    varchar(64)  not null,
    article_id      varchar(36)  not null,
    version         int          not null,
    created_at      timestamp with time zone not null,
    primary key (author, idempotency_key)
);
