-- One version per region and year of the working calendar (issue 13 item 3, two people saving the same
-- record): the calendar is saved a year at a time (PUT /api/settings/working-calendar?year=), as the set
-- of working_calendar_day rows, so the year itself carries the version its editor read. A year nobody
-- saved has no row (version -1 in the API); the first save inserts it with `on conflict do nothing`, so
-- two first saves at once meet on the same row and the second is refused like any stale save.
create table working_calendar_year (
    tenant_id varchar(6) not null references tenant (code),
    year      int        not null check (year between 1 and 9999),
    version   int        not null default 0,
    primary key (tenant_id, year)
);

grant select, insert, update on working_calendar_year to ${appRole};
grant select on working_calendar_year to ${platformRole};

alter table working_calendar_year enable row level security;
alter table working_calendar_year force row level security;
create policy tenant_isolation on working_calendar_year to ${appRole}
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
create policy platform_exports on working_calendar_year for select to ${platformRole} using (true);
