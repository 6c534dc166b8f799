-- Department profiles and budgets per year, budget adjustments, tenant settings, and the audit log.
-- Money is numeric(16,6) in 万元 (the unit every form uses; seeds print up to 4 decimals).

create table tenant_setting (
    tenant_id               varchar(6)    primary key references tenant (code),
    procurement_threshold   numeric(16,6) not null default 60 check (procurement_threshold >= 0), -- 万元
    version                 int           not null default 0
);

create table audit_log (
    id          bigserial    primary key,
    tenant_id   varchar(6)   not null references tenant (code),
    at          timestamptz  not null default now(),
    actor       text         not null,
    action      varchar(32)  not null,   -- CREATE, UPDATE, DELETE, APPROVE, REJECT, IMPORT
    entity      varchar(40)  not null,   -- e.g. DepartmentBudget
    entity_id   bigint,
    before      jsonb,
    after       jsonb
);
create index audit_log_tenant_entity on audit_log (tenant_id, entity, entity_id, at desc);

create table department_profile (
    id                          bigserial   primary key,
    tenant_id                   varchar(6)  not null references tenant (code),
    department_id               bigint      not null references department (id),
    year                        int         not null check (year between 2000 and 2100),
    functions                   text,        -- 主要职能
    internal_units              text,        -- 内设机构
    staff_quota_administrative  int not null default 0 check (staff_quota_administrative >= 0),  -- 行政编制
    staff_quota_institutional   int not null default 0 check (staff_quota_institutional >= 0),   -- 事业编制
    staff_actual_administrative int not null default 0 check (staff_actual_administrative >= 0), -- 实有行政人员
    staff_actual_institutional  int not null default 0 check (staff_actual_institutional >= 0),  -- 实有事业人员
    vehicle_quota               int not null default 0 check (vehicle_quota >= 0),
    vehicles_actual             int not null default 0 check (vehicles_actual >= 0),
    version                     int         not null default 0,
    unique (tenant_id, department_id, year)
);

create table department_budget (
    id                            bigserial     primary key,
    tenant_id                     varchar(6)    not null references tenant (code),
    department_id                 bigint        not null references department (id),
    year                          int           not null check (year between 2000 and 2100),
    current_year_income           numeric(16,6) not null default 0,  -- 本年收入
    carry_over                    numeric(16,6) not null default 0,  -- 上年结转
    basic_expenditure             numeric(16,6) not null default 0,  -- 基本支出 (budget)
    project_expenditure           numeric(16,6) not null default 0,  -- 项目支出 (budget)
    final_accounts                numeric(16,6),                     -- 决算数 (actual spending of the year)
    actual_basic_expenditure      numeric(16,6),
    actual_project_expenditure    numeric(16,6),
    three_public_budget           numeric(16,6),                     -- 三公经费
    three_public_actual           numeric(16,6),
    three_public_last_year_actual numeric(16,6),
    public_funds_budget           numeric(16,6),                     -- 公用经费
    public_funds_actual           numeric(16,6),
    procurement_budget            numeric(16,6),                     -- 政府采购
    procurement_actual            numeric(16,6),
    fixed_assets_book_value       numeric(16,6),                     -- 固定资产账面价值
    fixed_assets_in_use           numeric(16,6),                     -- 在用
    version                       int           not null default 0,
    unique (tenant_id, department_id, year)
);

create table budget_adjustment (
    id           bigserial     primary key,
    tenant_id    varchar(6)    not null references tenant (code),
    budget_id    bigint        not null references department_budget (id) on delete cascade,
    amount       numeric(16,6) not null,          -- signed: a cut is negative
    reason       text          not null,
    approver     text          not null,          -- e.g. 市财政局
    adjusted_on  date          not null,
    version      int           not null default 0
);
create index budget_adjustment_budget on budget_adjustment (tenant_id, budget_id);

grant select, insert, update, delete on tenant_setting, audit_log, department_profile, department_budget, budget_adjustment to ${appRole};
grant usage, select on sequence audit_log_id_seq, department_profile_id_seq, department_budget_id_seq, budget_adjustment_id_seq to ${appRole};
grant select, insert, update on tenant_setting to ${platformRole};

do $$
declare t text;
begin
    foreach t in array array['tenant_setting', 'audit_log', 'department_profile', 'department_budget', 'budget_adjustment'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format($p$create policy tenant_isolation on %I to ${appRole}
            using (tenant_id = current_setting('app.tenant_id', true))
            with check (tenant_id = current_setting('app.tenant_id', true))$p$, t);
    end loop;
end $$;
create policy platform_across_tenants on tenant_setting to ${platformRole} using (true) with check (true);
