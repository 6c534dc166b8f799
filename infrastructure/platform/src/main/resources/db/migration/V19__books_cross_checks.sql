-- V19: what the cross-checks of the books (issue 12, item 5) need on the records.
--   contract.purchased_service: the contract buys a service under 政府购买服务 (财政部令第102号), which the
--     buyer must evaluate (seed 001: the 综合一窗 service bought with no evaluation of it).
--   expenditure.economic_class: the entry's 政府支出经济分类 (部门预算支出经济分类科目), a class (302) or
--     an item (30201); the portal keeps the list of codes and their names and refuses others.
--   project.economic_classes: the classes the project's budget line allows (a JSON array of codes, a
--     class allowing its items); null = not stated, and then no entry of the project is questioned.
-- The tables keep their row-level security (V4); nothing new to grant.
alter table contract add column purchased_service boolean not null default false;
alter table expenditure add column economic_class varchar(5)
    check (economic_class is null or economic_class ~ '^[0-9]{3}([0-9]{2})?$');
alter table project add column economic_classes jsonb
    check (economic_classes is null or jsonb_typeof(economic_classes) = 'array');

-- the books recheck reads a year's findings that belong to no evaluation
create index finding_tenant_books on finding (tenant_id, year, code) where evaluation_id is null and target_id is null;
