-- Regions (行政区划, GB/T 2260) and the tenants among them, plus the first tenant-owned table.
-- Roles: ${appRole} (portal, row-level security), ${platformRole} (tenant-admin, across tenants on
-- purpose), ${publicRole} (public-site, published reports only). The owner runs migrations.

create table region (
    code        varchar(6)  primary key check (code ~ '^[0-9]{6}$'),
    name        text        not null,
    level       varchar(16) not null check (level in ('PROVINCE', 'CITY', 'COUNTY')),
    parent_code varchar(6)  references region (code)
);

create table tenant (
    code            varchar(6)  primary key references region (code),
    slug            varchar(40) not null unique check (slug ~ '^[a-z][a-z0-9-]{1,39}$'),
    status          varchar(16) not null default 'ACTIVE' check (status in ('PROVISIONING', 'ACTIVE', 'SUSPENDED')),
    keycloak_org_id text,
    onboarded_at    timestamptz not null default now(),
    version         int         not null default 0
);

create table department (
    id         bigserial   primary key,
    tenant_id  varchar(6)  not null references tenant (code),
    code       varchar(32) not null,
    name       text        not null,
    short_name text,
    kind       varchar(16) not null default 'OTHER' check (kind in ('BUREAU', 'CENTER', 'TOWN', 'COMMUNITY', 'OTHER')),
    created_at timestamptz not null default now(),
    version    int         not null default 0,
    unique (tenant_id, code)
);
create index department_tenant_name on department (tenant_id, name);

grant select on region, tenant to ${appRole}, ${publicRole};
grant select, insert, update on region, tenant to ${platformRole};
grant select, insert, update, delete on department to ${appRole}, ${platformRole};
grant usage, select on sequence department_id_seq to ${appRole}, ${platformRole};
grant select (id, tenant_id, name) on department to ${publicRole};

alter table department enable row level security;
alter table department force row level security;
create policy tenant_isolation on department to ${appRole}
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
create policy platform_across_tenants on department to ${platformRole} using (true) with check (true);
create policy public_reads_names on department for select to ${publicRole} using (true);
