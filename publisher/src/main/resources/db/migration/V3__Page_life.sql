-- the sign-offs (display names, credentials) and review dates the approval or a re-review carried,
-- the change note of a revision, and a retraction
alter table article add column reviewers_json text not null default '[]';
alter table article add column next_review_due timestamp with time zone;
alter table article add column change_note varchar(4000);
alter table article add column status varchar(20) not null default 'PUBLISHED';
alter table article add column retraction_reason varchar(4000);
alter table article add column retracted_at timestamp with time zone;

create index article_status on article (status);
