-- 浏览量 counts people, not reloads or robots (public-site): one row per report, day and visitor. The visitor
-- is a hash of the client address and browser, salted with a random salt of the day (view_salt); rows and
-- salts of past days are deleted by the public site, so afterwards no one can tell who read what.
create table view_salt (
    day  date  primary key,
    salt bytea not null
);
grant select, insert, delete on view_salt to ${publicRole};

create table report_view (
    tenant_id    varchar(6) not null references tenant (code),
    report_id    bigint     not null references report (id),
    day          date       not null,
    visitor_hash bytea      not null,
    primary key (tenant_id, report_id, day, visitor_hash)
);
create index report_view_day on report_view (day);

grant select, insert, delete on report_view to ${publicRole};
grant select on report_view to ${appRole}, ${platformRole};

alter table report_view enable row level security;
alter table report_view force row level security;
create policy tenant_isolation on report_view for select to ${appRole}
    using (tenant_id = current_setting('app.tenant_id', true));
create policy platform_exports on report_view for select to ${platformRole} using (true);
-- the public site counts readers of any region's published reports, and of nothing else
create policy public_counts_readers on report_view to ${publicRole}
    using (true)
    with check (exists (select 1 from report r
                         where r.id = report_id and r.tenant_id = report_view.tenant_id and r.status = 'PUBLISHED'));
-- a city reads its counties' reader counts (read-only, by grant: V12)
create policy read_down on report_view for select to ${appRole}
    using (tenant_id in (select read_down_tenants()));
