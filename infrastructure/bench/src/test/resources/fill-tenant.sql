-- One tenant's books at benchmark scale: 100 departments, 1,000 projects, 50,000 expenditure entries,
-- with profiles, budgets, funds and contracts. :tenant is replaced by the tenant's division code.
insert into department (tenant_id, code, name, kind)
select ':tenant', 'bench-d' || g, '基准部门' || g, 'BUREAU' from generate_series(1, 100) g
on conflict (tenant_id, code) do nothing;

insert into department_profile (tenant_id, department_id, year, staff_quota_administrative, staff_quota_institutional,
                                staff_actual_administrative, staff_actual_institutional, vehicle_quota, vehicles_actual)
select d.tenant_id, d.id, 2021, 15 + d.id % 5, 10, 16 + d.id % 7, 9, 2, 1
  from department d where d.tenant_id = ':tenant' and d.code like 'bench-d%'
on conflict (tenant_id, department_id, year) do nothing;

insert into department_budget (tenant_id, department_id, year, current_year_income, carry_over, basic_expenditure,
                               project_expenditure, final_accounts, actual_basic_expenditure, actual_project_expenditure,
                               three_public_budget, three_public_actual, three_public_last_year_actual,
                               public_funds_budget, public_funds_actual, procurement_budget, procurement_actual,
                               fixed_assets_book_value, fixed_assets_in_use)
select d.tenant_id, d.id, 2021, 900 + d.id % 100, 30, 450, 480, 880, 440, 440,
       7.3, 1.41 + (d.id % 10) / 10.0, 3.04, 66.41, 60, 22.43, 20, 1238.04, 1200
  from department d where d.tenant_id = ':tenant' and d.code like 'bench-d%'
on conflict (tenant_id, department_id, year) do nothing;

insert into project (tenant_id, department_id, name, budget_code, year, owner_name, starts_on)
select d.tenant_id, d.id, '基准项目 ' || d.code || '-' || g, 'B' || d.code || '-' || g, 2021, '负责人', date '2021-01-01'
  from department d, generate_series(1, 10) g
 where d.tenant_id = ':tenant' and d.code like 'bench-d%';

insert into project_fund (tenant_id, project_id, level, planned, arrived, spent)
select p.tenant_id, p.id, l, 120, 100, 50
  from project p, unnest(array['MUNICIPAL', 'COUNTY']) l
 where p.tenant_id = ':tenant' and p.budget_code like 'Bbench-d%';

insert into expenditure (tenant_id, project_id, level, content, amount, voucher_no, spent_on)
select p.tenant_id, p.id, 'COUNTY', '支出 ' || g, 1 + (g % 7) / 10.0, '2021-' || g, date '2021-01-01' + (g * 7) % 365
  from project p, generate_series(1, 50) g
 where p.tenant_id = ':tenant' and p.budget_code like 'Bbench-d%';

insert into contract (tenant_id, department_id, project_id, title, vendor, amount, signed_on, procurement_method)
select p.tenant_id, p.department_id, p.id, '合同 ' || p.budget_code, '供应商', 80, date '2021-02-01', 'OPEN_TENDER'
  from project p
 where p.tenant_id = ':tenant' and p.budget_code like 'Bbench-d%';
