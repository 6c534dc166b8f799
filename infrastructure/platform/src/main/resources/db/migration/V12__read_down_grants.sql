-- Cities over counties: a parent region reads its children's figures, read-only, by an explicit grant.
-- The grant is a row here (reader reads readable); a connection reads a child's rows only when it is
-- in the reader's tenant (app.tenant_id) AND states the child in app.read_down, which the portal sets
-- only for a read-down request, AND the grant exists. The read-down policies are SELECT-only: every
-- write still passes tenant_isolation alone (own tenant), so nothing written can cross.
create table tenant_read_grant (
    reader     varchar(6)  not null references tenant (code),
    readable   varchar(6)  not null references tenant (code),
    granted_at timestamptz not null default now(),
    primary key (reader, readable),
    check (reader <> readable)
);
create index tenant_read_grant_readable on tenant_read_grant (readable);

-- a grant follows the hierarchy: the readable region lies below the reader's (a city over its
-- counties, a province over its cities and their counties), never beside or above it
create function tenant_read_grant_follows_hierarchy() returns trigger
    language plpgsql
as $$
begin
    if not exists (
        with recursive above (code) as (
            select parent_code from region where code = new.readable
            union
            select r.parent_code from region r join above a on r.code = a.code where r.parent_code is not null)
        select 1 from above where code = new.reader) then
        raise exception 'region % is not below region %: no read-down grant', new.readable, new.reader
            using errcode = 'check_violation';
    end if;
    return new;
end $$;
create trigger tenant_read_grant_follows_hierarchy before insert or update on tenant_read_grant
    for each row execute function tenant_read_grant_follows_hierarchy();

grant select on tenant_read_grant to ${appRole};
grant select, insert, delete on tenant_read_grant to ${platformRole};

-- a region sees only its own grants (as the reader)
alter table tenant_read_grant enable row level security;
alter table tenant_read_grant force row level security;
create policy reader_sees_own_grants on tenant_read_grant for select to ${appRole}
    using (reader = current_setting('app.tenant_id', true));
create policy platform_across_tenants on tenant_read_grant to ${platformRole} using (true) with check (true);

-- The tenants this connection may read down to now: those it names in app.read_down that the
-- connection's own tenant holds a grant for. Empty without the setting (the normal case).
create function read_down_tenants() returns setof varchar(6)
    language sql stable
as $$
    select g.readable
      from tenant_read_grant g
     where g.reader = current_setting('app.tenant_id', true)
       and g.readable = any (string_to_array(current_setting('app.read_down', true), ','))
$$;
grant execute on function read_down_tenants() to ${appRole};

-- The tables the read-down figures are computed from (ratio dashboards and kiosk summaries). SELECT
-- only, to the portal's role only; tenant_isolation (for all commands) still decides every write.
do $$
declare t text;
begin
    foreach t in array array['department', 'department_profile', 'department_budget', 'budget_adjustment',
                             'contract', 'payment', 'working_calendar_day', 'service_point', 'device_type',
                             'device', 'device_fault', 'device_usage_year'] loop
        execute format($p$create policy read_down on %I for select to ${appRole}
            using (tenant_id in (select read_down_tenants()))$p$, t);
    end loop;
end $$;
