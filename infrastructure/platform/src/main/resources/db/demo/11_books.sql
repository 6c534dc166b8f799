-- Demo data: the books facts seed 001 (伊金霍洛旗政务服务局, 2021) and seed 003 (岳阳市, 2019) give for
-- the checks across the books (PROJECT_WITHOUT_TARGETS, PURCHASED_SERVICE_NOT_EVALUATED,
-- EXPENDITURE_CLASS_MISMATCH, CONTRACT_WITHOUT_PROCUREMENT, MILESTONE_LATE). The portal's DemoBooks runs
-- the books recheck of the demo years at start, so the demo regions show the findings.
-- Re-runnable: projects are matched on their budget code and year, the rest on natural keys; rows users
-- add are left alone. Money in 万元.
--
-- 150627 伊金霍洛旗政务服务局 · seed 001 (2021):
--   * 6 projects in the budget reply, target tables filed for 4 (one of them the 追加 of 25万 for the
--     政务公开与人民政府网站改版建设项目). The seed names the 政务专递, 网站改版, 热线 and 综合一窗 work and the
--     智慧政务平台; the sixth (the hall's running costs), the budget codes, the amounts other than the 25万
--     and which two projects lack a table are illustrative. The six sum to 239.016, inside the 312.00 of
--     项目支出 in 04_department_books.sql.
--   * the labour contract with 伊金霍洛旗城投享祐保安服务有限责任公司: 1,860,480 元 in all (8 people × 6,460
--     元 × 12 months × 3 years), 620,160 元 paid in 2021, not procured (the seed cites 60万元 as the
--     county threshold). Its signing date and the monthly acceptance are approximate (2021-01-01, 2021-12-31).
--   * the hotline's line was budgeted as a commissioned service (30227 委托业务费); the 2021 pay of the 8
--     posts, which the seed says were labour dispatch, is booked as 30226 劳务费 (one entry, the year's
--     620,160 元; the voucher number is illustrative).
--   * the 综合一窗 service bought and never evaluated (its amount, 40万元, and signing date are illustrative).
--
-- 430600 岳阳市 · seed 003 (2019): the plan's steps as done — work began 2019-07-15, the software was
-- complete on 2019-10-24 (due by the end of September), training and trial run began in September; the
-- system is not yet accepted, so the last step stays open. The survey's end (2019-08-31) and the trial's
-- start (2019-09-30) are the seed's months, their days approximate.

-- ---------- 150627 伊金霍洛旗 · seed 001 ----------
with d as (select id from department where tenant_id = '150627' and code = 'zwfwj'),
     v (code, name, goals, classes) as (values
        ('2021-ZWFW-01', '政务服务大厅运行经费', '保障旗政务服务大厅日常运行。', '["302"]'::jsonb),
        ('2021-ZWFW-02', '政务专递项目', '为企业和群众免费寄递办事材料和证照。', '["30207", "30227"]'::jsonb),
        ('2021-ZWFW-03', '政务公开与人民政府网站改版建设项目', '完成旗人民政府网站改版，提高政务公开实效（年中追加预算25万元）。', '["31007", "30227"]'::jsonb),
        ('2021-ZWFW-04', '市长旗长热线平台运行项目', '保障市长、旗长热线的接听和转办。', '["30227"]'::jsonb),
        ('2021-ZWFW-05', '综合一窗政府购买服务项目', '以政府购买服务方式保障综合窗口受理。', '["30227"]'::jsonb),
        ('2021-ZWFW-06', '智慧政务平台运维项目', '保障智慧政务平台正常运行。', '["30213", "31007"]'::jsonb))
insert into project (tenant_id, department_id, name, budget_code, goals, year, status, economic_classes,
                     starts_on, ends_on)
select '150627', d.id, v.name, v.code, v.goals, 2021, 'ACTIVE', v.classes, date '2021-01-01', date '2021-12-31'
  from d, v
on conflict (tenant_id, budget_code, year) where budget_code is not null do update set
    name = excluded.name, goals = excluded.goals, economic_classes = excluded.economic_classes;

with v (code, planned) as (values
        ('2021-ZWFW-01', 60), ('2021-ZWFW-02', 12), ('2021-ZWFW-03', 25),
        ('2021-ZWFW-04', 62.016), ('2021-ZWFW-05', 40), ('2021-ZWFW-06', 40))
insert into project_fund (tenant_id, project_id, level, planned, arrived, spent)
select '150627', p.id, 'COUNTY', v.planned, v.planned, 0
  from v join project p on p.tenant_id = '150627' and p.budget_code = v.code and p.year = 2021
on conflict (tenant_id, project_id, level) do update set planned = excluded.planned, arrived = excluded.arrived;

-- target tables approved for four of the six (the 综合一窗 service and the platform's upkeep have none)
insert into performance_target (tenant_id, department_id, project_id, year, version_no, status, overall_goal,
                                created_by, submitted_by, submitted_at, decided_by, decided_at)
select '150627', p.department_id, p.id, 2021, 1, 'APPROVED', p.goals,
       'yijinhuoluo-dept', 'yijinhuoluo-dept', timestamptz '2021-01-20 10:00:00+08',
       'yijinhuoluo-finance', timestamptz '2021-01-28 10:00:00+08'
  from project p
 where p.tenant_id = '150627' and p.year = 2021
   and p.budget_code in ('2021-ZWFW-01', '2021-ZWFW-02', '2021-ZWFW-03', '2021-ZWFW-04')
on conflict (tenant_id, department_id, coalesce(project_id, 0), year, version_no) do nothing;

-- the labour contract, over the threshold and not procured
insert into contract (tenant_id, department_id, project_id, title, vendor, amount, signed_on, procurement_method,
                      acceptance_terms, accepted_on, acceptance_result)
select '150627', p.department_id, p.id, '市长旗长热线接听及转办劳务服务合同（8人，6460元/人/月，三年）',
       '伊金霍洛旗城投享祐保安服务有限责任公司', 186.048, date '2021-01-01', 'DECENTRALIZED',
       '按月确认服务、按月支付', date '2021-12-31', 'PASSED'
  from project p
 where p.tenant_id = '150627' and p.budget_code = '2021-ZWFW-04' and p.year = 2021
   and not exists (select 1 from contract c where c.tenant_id = '150627'
                                             and c.vendor = '伊金霍洛旗城投享祐保安服务有限责任公司');
insert into payment (tenant_id, contract_id, paid_on, amount, note)
select '150627', c.id, date '2021-12-31', 62.016, '2021年度服务费'
  from contract c
 where c.tenant_id = '150627' and c.vendor = '伊金霍洛旗城投享祐保安服务有限责任公司'
   and not exists (select 1 from payment x where x.tenant_id = '150627' and x.contract_id = c.id
                                            and x.note = '2021年度服务费');

-- the year's pay of the hotline posts, booked as labour under a line for commissioned services
insert into expenditure (tenant_id, project_id, level, content, amount, voucher_no, spent_on, economic_class)
select '150627', p.id, 'COUNTY', '热线接听人员劳务费（8人×6460元×12月）', 62.016, '2021年12月58#', date '2021-12-31', '30226'
  from project p
 where p.tenant_id = '150627' and p.budget_code = '2021-ZWFW-04' and p.year = 2021
   and not exists (select 1 from expenditure e where e.tenant_id = '150627' and e.project_id = p.id
                                               and e.voucher_no = '2021年12月58#');

-- the 综合一窗 service, bought and not evaluated
insert into contract (tenant_id, department_id, project_id, title, vendor, amount, signed_on, procurement_method,
                      purchased_service)
select '150627', p.department_id, p.id, '综合一窗服务购买合同', '综合一窗服务承接单位（评价报告未载明名称）', 40,
       date '2021-01-01', 'COMPETITIVE_CONSULTATION', true
  from project p
 where p.tenant_id = '150627' and p.budget_code = '2021-ZWFW-05' and p.year = 2021
   and not exists (select 1 from contract c where c.tenant_id = '150627' and c.title = '综合一窗服务购买合同');

-- ---------- 430600 岳阳市 · seed 003: what was done and when ----------
with v (position, actual_finish) as (values
        (0, date '2019-07-15'), (1, date '2019-08-31'), (2, date '2019-10-24'), (3, date '2019-09-30'))
update target_plan_step s set actual_finish = v.actual_finish
  from v, performance_target pt join project p on p.id = pt.project_id
 where s.target_id = pt.id and s.position = v.position
   and pt.tenant_id = '430600' and p.budget_code = '087001' and p.year = 2019 and pt.version_no = 1;
