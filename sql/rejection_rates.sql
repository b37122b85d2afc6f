-- rejection_rates: share of known outcomes that were rejections, per company and role plus
-- one `(all)` row per company, with the 95% Wilson score interval and a rate shrunk toward
-- the company's. Same definition as reports/rejection_rates.csv
-- (src/analytics/rejection_rates.rs, src/analytics/stats.rs):
--   outcomes_known = offer + declined + rejected (unstated, pending, withdrew are unknown);
--   rejection_rate = rejected / outcomes_known, null when nothing is known;
--   Wilson: z = 1.959963984540054, center = (p + z²/2n) / (1 + z²/n),
--           half = z·sqrt(p(1-p)/n + z²/4n²) / (1 + z²/n), clamped to [0, 1]
--           (GREATEST and LEAST skip nulls in most engines: the CASE keeps "no outcome known"
--           null, never 0);
--   rejection_rate_shrunk = (rejected + 5·P) / (outcomes_known + 5), P the company's rate;
--   small_sample = outcomes_known < 5.
-- Reads a table or view named `experiences`. Portable SQL: DuckDB, Spark SQL and Trino as
-- written; PostgreSQL spells DOUBLE as DOUBLE PRECISION.
WITH per_role AS (
    SELECT company, role, outcome FROM experiences
    UNION ALL
    SELECT company, '(all)' AS role, outcome FROM experiences
),
counts AS (
    SELECT
        company,
        role,
        COUNT(*) AS experiences,
        SUM(CASE WHEN outcome IN ('offer', 'declined', 'rejected') THEN 1 ELSE 0 END) AS outcomes_known,
        SUM(CASE WHEN outcome = 'rejected' THEN 1 ELSE 0 END) AS rejected
    FROM per_role
    GROUP BY company, role
),
rates AS (
    SELECT
        c.*,
        CASE WHEN outcomes_known > 0 THEN CAST(rejected AS DOUBLE) / outcomes_known END AS p,
        1.959963984540054 * 1.959963984540054 AS z2
    FROM counts c
),
company AS (
    SELECT company, rejected AS company_rejected, outcomes_known AS company_known
    FROM counts
    WHERE role = '(all)'
)
SELECT
    r.company,
    r.role,
    r.experiences,
    r.outcomes_known,
    r.rejected,
    r.p AS rejection_rate,
    CASE WHEN r.outcomes_known > 0 THEN GREATEST(0.0,
        (r.p + r.z2 / (2.0 * r.outcomes_known)) / (1.0 + r.z2 / r.outcomes_known)
        - 1.959963984540054 * SQRT(r.p * (1.0 - r.p) / r.outcomes_known
            + r.z2 / (4.0 * r.outcomes_known * r.outcomes_known)) / (1.0 + r.z2 / r.outcomes_known)
    ) END AS ci95_low,
    CASE WHEN r.outcomes_known > 0 THEN LEAST(1.0,
        (r.p + r.z2 / (2.0 * r.outcomes_known)) / (1.0 + r.z2 / r.outcomes_known)
        + 1.959963984540054 * SQRT(r.p * (1.0 - r.p) / r.outcomes_known
            + r.z2 / (4.0 * r.outcomes_known * r.outcomes_known)) / (1.0 + r.z2 / r.outcomes_known)
    ) END AS ci95_high,
    CASE WHEN r.outcomes_known > 0 AND c.company_known > 0 THEN
        (r.rejected + 5.0 * CAST(c.company_rejected AS DOUBLE) / c.company_known) / (r.outcomes_known + 5.0)
    END AS rejection_rate_shrunk,
    r.outcomes_known < 5 AS small_sample
FROM rates r
JOIN company c ON c.company = r.company
ORDER BY r.company, r.role
