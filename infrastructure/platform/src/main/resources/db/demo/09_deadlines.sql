-- Demo data: publication deadlines (公开时限) set by the finance bureaus, so that the compliance view and the
-- public record show every state over the demo reports (published by the portal's DemoReports) and evaluations:
--   伊金霍洛旗 2021 财政评价, due 2022-08-31: 旗政务服务局 published 2022-09-20, 20 days late;
--   伊金霍洛旗 2022 第三方评价, due 2023-04-30: 旗政务服务局 published 2023-04-18, on time;
--   伊金霍洛旗 2022 部门整体自评, due 2023-06-30 for every bureau and centre: none published (missing);
--   保山市 2021 部门整体自评, due 2022-07-31 for every bureau and centre: 市政务服务管理局 on time (2022-07-12),
--   the others missing.
-- The dates are illustrative (the seeds print no deadlines). Re-runnable: a (region, year, kind) row is reset.
insert into publication_deadline (tenant_id, fiscal_year, kind, due_on, applies_to, note, created_by, updated_by)
select t.code, d.fiscal_year, d.kind, d.due_on, d.applies_to, d.note, 'demo', 'demo'
  from (values
        ('150627', 2021, 'FINANCE_REVIEW', date '2022-08-31', 'EVALUATED',    '财政重点评价报告于8月底前公开'),
        ('150627', 2022, 'THIRD_PARTY',    date '2023-04-30', 'EVALUATED',    '第三方评价报告于4月底前公开'),
        ('150627', 2022, 'SELF',           date '2023-06-30', 'BUDGET_UNITS', '各预算部门整体支出自评报告于6月底前公开'),
        ('530500', 2021, 'SELF',           date '2022-07-31', 'BUDGET_UNITS', '各预算部门整体支出自评报告于7月底前公开')
       ) as d(tenant, fiscal_year, kind, due_on, applies_to, note)
  join tenant t on t.code = d.tenant
on conflict (tenant_id, fiscal_year, kind) do update set
    due_on = excluded.due_on,
    applies_to = excluded.applies_to,
    note = excluded.note;
