-- V17: a region raises or lowers the severity of a finding rule (evaluation checks and the checks of a
-- report's narrative alike). Rule code -> 'BLOCKING' | 'WARNING'; a rule not named keeps its default.
-- tenant_setting already has row-level security (V3): each region sees and changes only its own row.
alter table tenant_setting add column check_severity jsonb not null default '{}'::jsonb;

