-- Platform operators (tenant-admin): bulk onboarding jobs, suspend/resume/offboard, the offboarding
-- export, and each region's public-site identity (主办单位, 网站标识码, ICP备案号, 公安备案号, contact).

-- A region removed from service keeps its rows (OFFBOARDED): records that reports, audit rows and
-- publication events refer to are never deleted; its Keycloak organization and users are removed.
alter table tenant drop constraint tenant_status_check;
alter table tenant add constraint tenant_status_check
    check (status in ('PROVISIONING', 'ACTIVE', 'SUSPENDED', 'OFFBOARDED'));
alter table tenant add column status_changed_at timestamptz;

-- The public-site identity of a region, shown in the footer of its pages. Public information: the
-- public role reads every row; the portal reads its own region's; tenant-admin keeps them.
create table region_identity (
    tenant_id        varchar(6)  primary key references tenant (code),
    sponsor          text,        -- 主办单位
    site_code        varchar(10) check (site_code ~ '^[0-9A-Za-z]{10}$'),  -- 网站标识码
    icp_record       text,        -- ICP备案号, e.g. 京ICP备12345678号-1
    police_record    text,        -- 公安备案号, e.g. 京公网安备11010502030143号
    contact_phone    text,
    contact_email    text,
    contact_address  text,
    updated_at       timestamptz not null default now(),
    updated_by       text,
    version          int         not null default 0
);
grant select, insert, update on region_identity to ${platformRole};
grant select on region_identity to ${appRole}, ${publicRole};
alter table region_identity enable row level security;
alter table region_identity force row level security;
create policy tenant_isolation on region_identity for select to ${appRole}
    using (tenant_id = current_setting('app.tenant_id', true));
create policy platform_across_tenants on region_identity to ${platformRole} using (true) with check (true);
create policy public_reads_identity on region_identity for select to ${publicRole} using (true);

-- Bulk onboarding from a GB/T 2260 code list: one job per uploaded file, one item per region to
-- onboard. Items are worked through the same resumable onboarding as a single region; a job stopped
-- by a failure or a restart is resumed by working its items that are not DONE again.
create table bulk_onboarding (
    id          bigserial   primary key,
    file_name   text        not null,
    created_by  text        not null,
    created_at  timestamptz not null default now(),
    status      varchar(16) not null check (status in ('PREVIEW', 'RUNNING', 'STOPPED', 'FINISHED')),
    problems    jsonb       not null default '[]',  -- the file's bad rows: [{row, message}]
    skipped     jsonb       not null default '[]',  -- rows left out on purpose (市辖区 …): [{row, code, name, reason}]
    started_at  timestamptz,
    finished_at timestamptz,
    stop_reason text,
    version     int         not null default 0
);
create table bulk_onboarding_item (
    id          bigserial   primary key,
    job_id      bigint      not null references bulk_onboarding (id) on delete cascade,
    seq         int         not null,               -- the order they run in: provinces, cities, counties
    row_no      int         not null,               -- the line of the file
    code        varchar(6)  not null,
    name        text        not null,
    level       varchar(16) not null check (level in ('PROVINCE', 'CITY', 'COUNTY')),
    parent_code varchar(6),
    parent_name text,
    slug        varchar(40) not null,
    admin_username text     not null,
    admin_email text        not null,
    state       varchar(16) not null check (state in ('PENDING', 'DONE', 'EXISTING', 'FAILED')),
    message     text,
    finished_at timestamptz,
    unique (job_id, code)
);
create index bulk_onboarding_item_job on bulk_onboarding_item (job_id, seq);
grant select, insert, update, delete on bulk_onboarding, bulk_onboarding_item to ${platformRole};
grant usage, select on sequence bulk_onboarding_id_seq, bulk_onboarding_item_id_seq to ${platformRole};

-- Offboarding exports: an archive was streamed to the end (its size and digest), so the operator
-- may remove the region only after one made since it was suspended.
create table tenant_export (
    id          bigserial   primary key,
    tenant_id   varchar(6)  not null references tenant (code),
    made_by     text        not null,
    made_at     timestamptz not null default now(),
    size_bytes  bigint      not null,
    sha256      varchar(64) not null,
    tables      jsonb       not null,   -- {"table": rows}
    files       int         not null,
    reports     int         not null
);
create index tenant_export_tenant on tenant_export (tenant_id, made_at desc);
grant select, insert on tenant_export to ${platformRole};
grant usage, select on sequence tenant_export_id_seq to ${platformRole};

-- tenant-admin writes its own audit rows (suspend, resume, export, offboard, identity).
grant select, insert on audit_log to ${platformRole};
grant usage, select on sequence audit_log_id_seq to ${platformRole};
create policy platform_audits on audit_log to ${platformRole} using (true) with check (true);

-- The offboarding export reads every table that carries a tenant column, as the platform role
-- (read only; every row, on purpose). Tables added later must grant the same in their migration:
-- the export refuses to run while a tenant table cannot be read (it would not be complete).
do $$
declare t text;
begin
    for t in select c.table_name from information_schema.columns c
             join information_schema.tables tb on tb.table_schema = c.table_schema and tb.table_name = c.table_name
             where c.table_schema = current_schema() and c.column_name = 'tenant_id' and tb.table_type = 'BASE TABLE'
    loop
        execute format('grant select on %I to ${platformRole}', t);
        if exists (select 1 from pg_class where relname = t and relnamespace = current_schema()::regnamespace
                   and relrowsecurity)
           and not exists (select 1 from pg_policies where tablename = t and policyname = 'platform_exports') then
            execute format('create policy platform_exports on %I for select to ${platformRole} using (true)', t);
        end if;
    end loop;
end $$;
