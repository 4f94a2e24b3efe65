-- The reviewers' inbox narrows tasks by process variables (category, author, firstReviewer): for each
-- task the engine asks "does its process have variable X with value Y". Its own indexes on
-- ACT_RU_VARIABLE are by process instance and by task; on a table the planner has no statistics
-- for yet (a young or fast-growing database) PostgreSQL then combined them and read every process
-- variable for every task, and GET /api/tasks?category=… took seconds with a few hundred open tasks
-- (quadratic in their number). With this index each check is one index lookup, statistics or not.
-- Flyway runs after the engine created its tables (FlywayAfterProcessEngine).
-- Portable SQL: runs on PostgreSQL and on H2.
create index review_var_procinst_name on ACT_RU_VARIABLE (PROC_INST_ID_, NAME_);
