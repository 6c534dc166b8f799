-- Projects with funds by government level, expenditure entries, changes needing approval,
-- evaluator assignments, contracts with payments and acceptance. Money in 万元.

create table project (
    id            bigserial   primary key,
    tenant_id     varchar(6)  not null references tenant (code),
    department_id bigint      not null references department (id),
    name          text        not null,
    budget_code   varchar(40),                 -- 预算编码
    owner_name    text,                        -- 项目负责人
    contact       text,                        -- 联络电话
    address       text,
    starts_on     date,
    ends_on       date,
    goals         text,                        -- 年度总体目标
    year          int         not null check (year between 2000 and 2100),
    status        varchar(16) not null default 'ACTIVE' check (status in ('PLANNED', 'ACTIVE', 'COMPLETED', 'CANCELLED')),
    version       int         not null default 0,
    check (ends_on is null or starts_on is null or ends_on >= starts_on)
);
create index project_tenant_department on project (tenant_id, department_id, year);
create unique index project_budget_code on project (tenant_id, budget_code, year) where budget_code is not null;

create table project_fund (
    id         bigserial     primary key,
    tenant_id  varchar(6)    not null references tenant (code),
    project_id bigint        not null references project (id) on delete cascade,
    level      varchar(16)   not null check (level in ('CENTRAL', 'PROVINCIAL', 'MUNICIPAL', 'COUNTY', 'OTHER')),
    planned    numeric(16,6) not null default 0 check (planned >= 0),  -- 计划安排
    arrived    numeric(16,6) not null default 0 check (arrived >= 0),  -- 到位
    spent      numeric(16,6) not null default 0 check (spent >= 0),    -- 支出 (as reported)
    version    int           not null default 0,
    unique (tenant_id, project_id, level)
);

create table expenditure (
    id         bigserial     primary key,
    tenant_id  varchar(6)    not null references tenant (code),
    project_id bigint        not null references project (id) on delete cascade,
    level      varchar(16)   check (level in ('CENTRAL', 'PROVINCIAL', 'MUNICIPAL', 'COUNTY', 'OTHER')),
    content    text          not null,         -- 支出内容
    amount     numeric(16,6) not null check (amount > 0),
    voucher_no varchar(60),                    -- 会计凭证号
    spent_on   date          not null,
    version    int           not null default 0
);
create index expenditure_tenant_project on expenditure (tenant_id, project_id, spent_on);

create table project_change (
    id            bigserial     primary key,
    tenant_id     varchar(6)    not null references tenant (code),
    project_id    bigint        not null references project (id) on delete cascade,
    kind          varchar(16)   not null check (kind in ('CONTENT', 'TOTAL')),
    description   text          not null,
    old_total     numeric(16,6),
    new_total     numeric(16,6),
    requested_by  text          not null,
    requested_at  timestamptz   not null default now(),
    status        varchar(16)   not null default 'REQUESTED' check (status in ('REQUESTED', 'APPROVED', 'REJECTED')),
    approval_body text,                       -- 审批机关, e.g. 人大, 财政局
    decided_by    text,
    decided_at    timestamptz,
    decision_note text,
    version       int           not null default 0
);
create index project_change_tenant_project on project_change (tenant_id, project_id, requested_at);

create table project_assignment (           -- evaluators read only the projects assigned to them
    id         bigserial   primary key,
    tenant_id  varchar(6)  not null references tenant (code),
    project_id bigint      not null references project (id) on delete cascade,
    username   text        not null,
    unique (tenant_id, project_id, username)
);

create table contract (
    id                 bigserial     primary key,
    tenant_id          varchar(6)    not null references tenant (code),
    department_id      bigint        not null references department (id),
    project_id         bigint        references project (id),
    contract_no        varchar(60),
    title              text          not null,
    vendor             text          not null,
    amount             numeric(16,6) not null check (amount >= 0),
    signed_on          date,                         -- null = not signed (an audit finding)
    procurement_method varchar(24)   not null check (procurement_method in
        ('OPEN_TENDER', 'INVITED_TENDER', 'COMPETITIVE_CONSULTATION', 'COMPETITIVE_NEGOTIATION',
         'INQUIRY', 'SINGLE_SOURCE', 'DECENTRALIZED', 'OTHER')),
    work_started_on    date,
    acceptance_terms   text,                         -- e.g. 试运行一个月，15个工作日内验收
    accepted_on        date,
    acceptance_result  varchar(16)   check (acceptance_result in ('PASSED', 'FAILED', 'PENDING')),
    version            int           not null default 0
);
create index contract_tenant_project on contract (tenant_id, project_id);
create index contract_tenant_department on contract (tenant_id, department_id);

create table payment (
    id          bigserial     primary key,
    tenant_id   varchar(6)    not null references tenant (code),
    contract_id bigint        not null references contract (id) on delete cascade,
    paid_on     date          not null,
    amount      numeric(16,6) not null check (amount > 0),
    note        text,
    version     int           not null default 0
);
create index payment_tenant_contract on payment (tenant_id, contract_id);

grant select, insert, update, delete on project, project_fund, expenditure, project_change, project_assignment, contract, payment to ${appRole};
grant usage, select on sequence project_id_seq, project_fund_id_seq, expenditure_id_seq, project_change_id_seq,
    project_assignment_id_seq, contract_id_seq, payment_id_seq to ${appRole};

do $$
declare t text;
begin
    foreach t in array array['project', 'project_fund', 'expenditure', 'project_change', 'project_assignment', 'contract', 'payment'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format($p$create policy tenant_isolation on %I to ${appRole}
            using (tenant_id = current_setting('app.tenant_id', true))
            with check (tenant_id = current_setting('app.tenant_id', true))$p$, t);
    end loop;
end $$;
