-- rounds_by_role: interview rounds per company and role, plus one `(all)` row per company.
-- Same definition as reports/rounds_by_role.csv (src/analytics/rounds_by_role.rs).
-- Reads a table or view named `experiences` (the exported experiences, e.g. Parquet).
-- Portable SQL: DuckDB and Spark SQL 4 run it as written (checked: docs/sql.md); on Trino
-- replace PERCENTILE_CONT(...) WITHIN GROUP by approx_percentile(rounds, 0.5) (an estimate);
-- PostgreSQL spells DOUBLE as DOUBLE PRECISION.
WITH per_role AS (
    SELECT company, role, rounds FROM experiences
    UNION ALL
    SELECT company, '(all)' AS role, rounds FROM experiences
)
SELECT
    company,
    role,
    COUNT(*) AS experiences,
    COUNT(rounds) AS rounds_known,
    AVG(CAST(rounds AS DOUBLE)) AS rounds_mean,
    PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY rounds) AS rounds_median,
    MIN(rounds) AS rounds_min,
    MAX(rounds) AS rounds_max
FROM per_role
GROUP BY company, role
ORDER BY company, role
