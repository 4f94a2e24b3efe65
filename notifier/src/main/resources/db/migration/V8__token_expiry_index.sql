-- Portable SQL: runs on PostgreSQL and on H2 (MODE=PostgreSQL).
-- The hourly sweep of expired link tokens (SubscriberTokens.deleteExpired) looks them up by purpose and age.
create index subscriber_token_expiry on subscriber_token (purpose, expires_at);
create index subscriber_token_age on subscriber_token (purpose, created_at);
