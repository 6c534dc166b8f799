-- Departments are kept by each region's admin in the portal: a 单位 sits under its 部门 (a community
-- under its town), a department carries its 预算编码, and one that records refer to is deactivated,
-- never deleted.
alter table department add column parent_id bigint;
-- the parent is in the same region: the key says so, not only the code
alter table department add constraint department_tenant_id unique (tenant_id, id);
alter table department add constraint department_parent_same_region
    foreign key (tenant_id, parent_id) references department (tenant_id, id);
alter table department add column budget_code varchar(32);
alter table department add column active boolean not null default true;

alter table department drop constraint department_kind_check;
alter table department add constraint department_kind_check
    check (kind in ('BUREAU', 'UNIT', 'CENTER', 'TOWN', 'COMMUNITY', 'OTHER'));
alter table department add constraint department_not_own_parent check (parent_id is null or parent_id <> id);

create unique index department_tenant_budget_code on department (tenant_id, budget_code) where budget_code is not null;
create index department_tenant_parent on department (tenant_id, parent_id);

-- An evaluation firm (an organization of its own in Keycloak) assigned to a project by the region's
-- finance reviewer: the firm's evaluators who also work in the region then read the project.
create table project_firm_assignment (
    id          bigserial   primary key,
    tenant_id   varchar(6)  not null references tenant (code),
    project_id  bigint      not null references project (id) on delete cascade,
    firm_alias  text        not null,
    firm_name   text        not null,
    unique (tenant_id, project_id, firm_alias)
);
grant select, insert, update, delete on project_firm_assignment to ${appRole};
grant usage, select on sequence project_firm_assignment_id_seq to ${appRole};
alter table project_firm_assignment enable row level security;
alter table project_firm_assignment force row level security;
create policy tenant_isolation on project_firm_assignment to ${appRole}
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
