-- question_frequency: one row per question cluster (wordings of one question counted
-- together), most reported first. Same definition as reports/question_frequency.csv
-- (src/analytics/question_frequency.rs): the most frequent wording (then the first in byte
-- order) stands for the cluster; other_wordings lists the rest, most frequent first, joined
-- by ' | '.
-- Reads a table or view named `questions`. Portable SQL; the one function dialects spell
-- differently is the ordered STRING_AGG (DuckDB, PostgreSQL): Spark 4 and Trino write it
-- listagg(text, ' | ') WITHIN GROUP (ORDER BY n DESC, text), the SQL:2016 form that DuckDB
-- does not parse (scripts/spark_sql.py makes exactly this substitution). Ties are broken
-- in byte order, as the Rust code does: DuckDB, Spark and Trino compare text that way;
-- PostgreSQL needs `text COLLATE "C"` in the ORDER BYs.
WITH wordings AS (
    SELECT cluster_id, text, category, COUNT(*) AS n
    FROM questions
    GROUP BY cluster_id, text, category
),
ranked AS (
    SELECT w.*, ROW_NUMBER() OVER (PARTITION BY cluster_id ORDER BY n DESC, text) AS pos
    FROM wordings w
),
others AS (
    SELECT cluster_id, STRING_AGG(text, ' | ' ORDER BY n DESC, text) AS other_wordings
    FROM ranked
    WHERE pos > 1
    GROUP BY cluster_id
),
counts AS (
    SELECT
        cluster_id,
        COUNT(*) AS count,
        COUNT(DISTINCT experience_id) AS experiences,
        COUNT(DISTINCT company) AS companies,
        COUNT(DISTINCT role) AS roles
    FROM questions
    GROUP BY cluster_id
)
SELECT
    ROW_NUMBER() OVER (ORDER BY c.count DESC, c.experiences DESC, r.text, c.cluster_id) AS rank,
    r.text AS question,
    r.category,
    c.count,
    c.experiences,
    c.companies,
    c.roles,
    c.cluster_id,
    o.other_wordings
FROM counts c
JOIN ranked r ON r.cluster_id = c.cluster_id AND r.pos = 1
LEFT JOIN others o ON o.cluster_id = c.cluster_id
ORDER BY rank
