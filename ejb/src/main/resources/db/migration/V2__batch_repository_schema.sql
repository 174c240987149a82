-- Jakarta Batch keeps its job repository in its own schema when Baokao runs on PostgreSQL
-- (see scripts/batch-repository-commands.sh), so Flyway's schema stays Flyway's.
CREATE SCHEMA IF NOT EXISTS baokao_batch;
