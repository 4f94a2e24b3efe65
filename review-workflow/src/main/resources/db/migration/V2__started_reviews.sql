-- One row per article version whose medical review was started, written in the transaction that
-- starts the review: the drafts consumer's idempotency check ("already reviewed, or a newer version
-- is?") is then one lookup by primary key instead of engine queries on history variables, and two
-- copies of one DraftSubmitted handled at once cannot both start a review (the second insert fails
-- and is retried, then finds this row). V3 fills it from the engine's history for reviews started before.
-- Portable SQL: runs on PostgreSQL and on H2.
create table started_review (
    article_id          varchar(255) not null,
    article_version     integer      not null,
    process_instance_id varchar(64)  not null,
    started_at          timestamp with time zone not null,
    primary key (article_id, article_version)
);
