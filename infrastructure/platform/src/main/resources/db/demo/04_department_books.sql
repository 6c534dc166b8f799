-- Demo data: the 2021 department books (部门概况, 部门预算, 预算调整) of the two bureaus whose
-- department-overall evaluations are among the published documents.
-- Amounts in 万元. Re-runnable: rows are matched on (tenant_id, department_id, year) and brought back
-- to the figures below (their version moves only when a figure really changes); the adjustment is
-- matched on its budget and reason. The portal computes every ratio from these records.
--
-- 530500 保山市政务服务管理局 (zwfwglj), from its 2021 self-evaluation:
--   budget 1011.16 = 本年收入 983.16 + 上年结转 28; 基本支出 460.16, 项目支出 551; spent 983.01
--   (基本 546.28, 项目 436.73); adjusted by −28.15 through the finance bureau; 三公经费 budget 7.30,
--   actual 1.41, 2020 actual 3.04 (1.41 + the printed decrease 1.63); 公用经费 66.41 / 66.41;
--   政府采购 22.43 / 22.43; 固定资产 1238.04 book value, 1238.04 in use; 编制 17 行政 + 13 事业 = 30;
--   车辆 1 / 1.
--   Actual staff: the document gives 34 twice but splits it two ways (24 行政 + 10 事业 in its
--   staffing section, 23 + 11 in the table checked with the staffing office). We record 23 + 11, the
--   split its 在职人员控制率 (113.33%) was computed from; the total, and so the ratio, is the same.
--   The document prints 三公经费变动率 46.38%, which is 1.41 / 3.04; the change it names is
--   (1.41 − 3.04) / 3.04 = −53.62%, which is what the portal computes.
--   The adjustment's date is not in the document; 2021-12-20 stands in for it.
--
-- 150627 伊金霍洛旗政务服务局 (zwfwj), from the third-party evaluation of its 2021 spending:
--   the document prints 预算完成率 81.38% but no budget amounts. The amounts below are illustrative,
--   chosen so that 决算数 / 年初预算 = 446.26 / 548.36 = 81.38%; the split into 基本/项目支出 is
--   invented too. The 25万元 追加 for the 政务公开与人民政府网站改版建设项目 is in the document (its
--   date is not). Staffing: 6 行政编制 (the bureau) + 9 事业编制 (公益一类, the service centre);
--   24 people on the 2021 roll, 8 of them in the centre's posts. 三公经费, 公用经费, 政府采购, 固定资产
--   and vehicles are not given as figures, so they stay empty and their ratios show 不适用.

-- ---------- profiles ----------
insert into department_profile (tenant_id, department_id, year, functions, internal_units,
        staff_quota_administrative, staff_quota_institutional, staff_actual_administrative, staff_actual_institutional,
        vehicle_quota, vehicles_actual)
values
    ('530500', (select id from department where tenant_id = '530500' and code = 'zwfwglj'), 2021,
     $f$市人民政府工作部门（正处级），加挂市公共资源交易管理局牌子。牵头全市行政审批制度改革和政务服务工作；建设和管理市级政务服务平台、公共资源交易平台和“一部手机办事通”；管理市政务服务中心及进驻窗口；对公共资源交易活动实施综合监督，受理相关投诉；负责“12345”政务热线的建设、运行和督办；管理投资审批中介超市；指导各县（市、区）相关工作。$f$,
     $u$内设机构8个：办公室、行政审批改革科、政务督查（政策法规）科、审批服务科、电子政务（政务热线）管理科、信息技术科、公共资源交易监督管理科、中介超市管理科。所属事业单位2个：保山市公共资源交易中心（加挂“12345”政务热线服务中心牌子，事业编制8名）、保山市政府采购和出让中心（事业编制5名）。$u$,
     17, 13, 23, 11, 1, 1),
    ('150627', (select id from department where tenant_id = '150627' and code = 'zwfwj'), 2021,
     $f$旗人民政府工作部门（正科级）。拟订并组织实施全旗政务服务发展规划和制度；负责旗政府政务服务、电子政务、政务公开和政府热线工作；指导旗本级政务服务大厅和各镇、嘎查村（社区）便民服务；推进“互联网+政务服务”和政务服务标准化；协调推进“放管服”和行政审批制度改革；监管政府网站。$f$,
     $u$内设机构3个：办公室、政务服务股、改革推进股（伊党办政字〔2019〕28号）。机关行政编制6名；伊金霍洛旗政务服务中心公益一类事业编制9名。$u$,
     6, 9, 16, 8, 0, 0)
on conflict (tenant_id, department_id, year) do update set
    functions = excluded.functions,
    internal_units = excluded.internal_units,
    staff_quota_administrative = excluded.staff_quota_administrative,
    staff_quota_institutional = excluded.staff_quota_institutional,
    staff_actual_administrative = excluded.staff_actual_administrative,
    staff_actual_institutional = excluded.staff_actual_institutional,
    vehicle_quota = excluded.vehicle_quota,
    vehicles_actual = excluded.vehicles_actual,
    version = department_profile.version + 1
where (department_profile.functions, department_profile.internal_units,
       department_profile.staff_quota_administrative, department_profile.staff_quota_institutional,
       department_profile.staff_actual_administrative, department_profile.staff_actual_institutional,
       department_profile.vehicle_quota, department_profile.vehicles_actual)
   is distinct from
      (excluded.functions, excluded.internal_units,
       excluded.staff_quota_administrative, excluded.staff_quota_institutional,
       excluded.staff_actual_administrative, excluded.staff_actual_institutional,
       excluded.vehicle_quota, excluded.vehicles_actual);

-- ---------- budgets ----------
insert into department_budget (tenant_id, department_id, year, current_year_income, carry_over,
        basic_expenditure, project_expenditure, final_accounts, actual_basic_expenditure, actual_project_expenditure,
        three_public_budget, three_public_actual, three_public_last_year_actual,
        public_funds_budget, public_funds_actual, procurement_budget, procurement_actual,
        fixed_assets_book_value, fixed_assets_in_use)
values
    ('530500', (select id from department where tenant_id = '530500' and code = 'zwfwglj'), 2021,
     983.16, 28, 460.16, 551, 983.01, 546.28, 436.73,
     7.30, 1.41, 3.04, 66.41, 66.41, 22.43, 22.43, 1238.04, 1238.04),
    ('150627', (select id from department where tenant_id = '150627' and code = 'zwfwj'), 2021,
     548.36, 0, 236.36, 312.00, 446.26, null, null,
     null, null, null, null, null, null, null, null, null)
on conflict (tenant_id, department_id, year) do update set
    current_year_income = excluded.current_year_income,
    carry_over = excluded.carry_over,
    basic_expenditure = excluded.basic_expenditure,
    project_expenditure = excluded.project_expenditure,
    final_accounts = excluded.final_accounts,
    actual_basic_expenditure = excluded.actual_basic_expenditure,
    actual_project_expenditure = excluded.actual_project_expenditure,
    three_public_budget = excluded.three_public_budget,
    three_public_actual = excluded.three_public_actual,
    three_public_last_year_actual = excluded.three_public_last_year_actual,
    public_funds_budget = excluded.public_funds_budget,
    public_funds_actual = excluded.public_funds_actual,
    procurement_budget = excluded.procurement_budget,
    procurement_actual = excluded.procurement_actual,
    fixed_assets_book_value = excluded.fixed_assets_book_value,
    fixed_assets_in_use = excluded.fixed_assets_in_use,
    version = department_budget.version + 1
where (department_budget.current_year_income, department_budget.carry_over,
       department_budget.basic_expenditure, department_budget.project_expenditure,
       department_budget.final_accounts, department_budget.actual_basic_expenditure,
       department_budget.actual_project_expenditure, department_budget.three_public_budget,
       department_budget.three_public_actual, department_budget.three_public_last_year_actual,
       department_budget.public_funds_budget, department_budget.public_funds_actual,
       department_budget.procurement_budget, department_budget.procurement_actual,
       department_budget.fixed_assets_book_value, department_budget.fixed_assets_in_use)
   is distinct from
      (excluded.current_year_income, excluded.carry_over,
       excluded.basic_expenditure, excluded.project_expenditure,
       excluded.final_accounts, excluded.actual_basic_expenditure,
       excluded.actual_project_expenditure, excluded.three_public_budget,
       excluded.three_public_actual, excluded.three_public_last_year_actual,
       excluded.public_funds_budget, excluded.public_funds_actual,
       excluded.procurement_budget, excluded.procurement_actual,
       excluded.fixed_assets_book_value, excluded.fixed_assets_in_use);

-- ---------- adjustments ----------
insert into budget_adjustment (tenant_id, budget_id, amount, reason, approver, adjusted_on)
select b.tenant_id, b.id, a.amount, a.reason, a.approver, a.adjusted_on
  from (values
        ('530500', 'zwfwglj', 2021, -28.15,
         '年初预算 1011.16 万元调减为 983.01 万元，经财政预算调整', '保山市财政局', date '2021-12-20'),
        ('150627', 'zwfwj', 2021, 25.00,
         '追加政务公开与人民政府网站改版建设项目预算', '伊金霍洛旗财政局', date '2021-09-15'))
       as a (tenant_id, code, year, amount, reason, approver, adjusted_on)
  join department d on d.tenant_id = a.tenant_id and d.code = a.code
  join department_budget b on b.tenant_id = d.tenant_id and b.department_id = d.id and b.year = a.year
 where not exists (select 1 from budget_adjustment x where x.budget_id = b.id and x.reason = a.reason);
