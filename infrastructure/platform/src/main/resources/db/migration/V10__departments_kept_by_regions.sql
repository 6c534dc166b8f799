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
