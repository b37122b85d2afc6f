-- salary_spreads: annualized salary ranges per company, role and currency, plus one `(all)`
-- row per company and currency (lowest min, highest max, median of the roles' midpoints).
-- Same definition as reports/salary_spreads.csv (src/analytics/salary_spreads.rs): salaries
-- with no currency, no amount, or flagged implausible are left out; currencies never mix.
-- Reads a table or view named `salaries`. Portable SQL as in rounds_by_role.sql (Trino:
-- approx_percentile for the median).
WITH by_role AS (
    SELECT
        company,
        COALESCE(role, '(role not stated)') AS role,
        currency,
        MIN(annual_min) AS min,
        MAX(annual_max) AS max
    FROM salaries
    WHERE currency IS NOT NULL
      AND parse_status <> 'implausible'
      AND (annual_min IS NOT NULL OR annual_max IS NOT NULL)
    GROUP BY company, COALESCE(role, '(role not stated)'), currency
),
roles AS (
    SELECT company, role, currency, min, max, (min + max) / 2.0 AS midpoint, max - min AS spread
    FROM by_role
)
SELECT company, role, currency, 'year' AS period, min, max, midpoint, spread FROM roles
UNION ALL
SELECT
    company,
    '(all)' AS role,
    currency,
    'year' AS period,
    MIN(min) AS min,
    MAX(max) AS max,
    PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY midpoint) AS midpoint,
    MAX(max) - MIN(min) AS spread
FROM roles
GROUP BY company, currency
ORDER BY company, role, currency
