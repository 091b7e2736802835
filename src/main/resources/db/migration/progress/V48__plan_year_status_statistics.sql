-- In progress's range although it is about plans: it serves "my tasks", and a number above the
-- migrations already applied (V44) lets existing databases take it without out-of-order Flyway.
-- Every plan of the current year is issued and every earlier one closed, so year and status are
-- strongly correlated; estimated as independent, "this year's issued plans" looked like 4 rows
-- instead of ~80, and an agency's "my tasks" list probed every task of the year (6,000 at the scale
-- of a large province, 15–20 ms) instead of starting from the agency's assignments (~1 ms). See
-- docs/benchmarks.md. Planner statistics only: no data or index changes.
create statistics plan_year_status (dependencies, mcv) on plan_year, status from plan;
analyze plan;
