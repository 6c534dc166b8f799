-- The books of fill-tenant.sql's 1,000 projects made fit for the books checks, with known faults:
-- every line allows 302 and every entry is 30201, except the first entry of every 50th project (31002);
-- 9 projects in 10 have an approved target table with 5 plan steps, one step in 10 tables done late;
-- one contract in 20 bought by 分散采购 (80万 over the 60万 threshold set here); one in 10 a purchased
-- service; one 2021 payment per contract. :tenant is replaced by the tenant's division code.
insert into tenant_setting (tenant_id, procurement_threshold) values (':tenant', 60)
on conflict (tenant_id) do update set procurement_threshold = excluded.procurement_threshold;

update project set economic_classes = '["302"]'::jsonb
 where tenant_id = ':tenant' and budget_code like 'Bbench-d%';
update expenditure e set economic_class = '30201'
  from project p where p.id = e.project_id and p.tenant_id = ':tenant' and p.budget_code like 'Bbench-d%';
update expenditure e set economic_class = '31002'
 where e.id in (select min(x.id) from expenditure x join project p on p.id = x.project_id
                 where p.tenant_id = ':tenant' and p.budget_code like 'Bbench-d%' and p.id % 50 = 0
                 group by p.id);

insert into performance_target (tenant_id, department_id, project_id, year, status, created_by)
select p.tenant_id, p.department_id, p.id, 2021, 'APPROVED', 'bench'
  from project p
 where p.tenant_id = ':tenant' and p.budget_code like 'Bbench-d%' and p.id % 10 <> 0
on conflict do nothing;
insert into target_plan_step (tenant_id, target_id, position, name, planned_start, planned_finish, actual_finish)
select t.tenant_id, t.id, g, '步骤 ' || g, date '2021-01-01' + g * 60, date '2021-02-01' + g * 60,
       date '2021-02-01' + g * 60 + case when g = 1 and t.id % 10 = 3 then 20 else 0 end
  from performance_target t, generate_series(0, 4) g
 where t.tenant_id = ':tenant' and t.created_by = 'bench' and t.year = 2021;

update contract c set procurement_method = 'DECENTRALIZED'
  from project p where p.id = c.project_id and p.tenant_id = ':tenant' and p.budget_code like 'Bbench-d%'
   and c.id % 20 = 0;
update contract c set purchased_service = true
  from project p where p.id = c.project_id and p.tenant_id = ':tenant' and p.budget_code like 'Bbench-d%'
   and c.id % 10 = 1;
insert into payment (tenant_id, contract_id, paid_on, amount, note)
select c.tenant_id, c.id, date '2021-06-30', 40, 'bench'
  from contract c join project p on p.id = c.project_id
 where p.tenant_id = ':tenant' and p.budget_code like 'Bbench-d%';
