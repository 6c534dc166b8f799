-- Demo data: projects, funds by government level, expenditure entries, a change request, and
-- contracts with payments and acceptance, from seeds 003 (岳阳市) and 000 (伊金霍洛旗).
-- Re-runnable: rows are matched on natural keys and brought back to the values written here;
-- rows users add (entries, payments, changes) are left alone. Money in 万元.
-- Where a seed leaves a fact out, the column stays empty (and the portal flags it), except the
-- dates marked "approximate" below.

-- ---------- 430600 岳阳市 · seed 003 ----------
insert into project (tenant_id, department_id, name, budget_code, owner_name, contact, address,
                     starts_on, ends_on, goals, year, status)
values ('430600', (select id from department where tenant_id = '430600' and code = 'zwfwzx'),
        '岳阳市“无差别”一窗受理系统政府采购项目', '087001', '谭昕', '07308880113', '岳阳市政务服务中心',
        -- the form says "2019年7月起至今": the month is given, the first day is ours
        date '2019-07-01', null,
        '在市政务服务中心建设“无差别”一窗受理系统：群众和企业在综合窗口一次交件，材料在后台部门之间流转办理并限时办结，'
        || '结果由出件窗口统一送达；在此基础上推行“一件事一次办”，力争办事“最多跑一次”。',
        2019, 'ACTIVE')
on conflict (tenant_id, budget_code, year) where budget_code is not null do update set
    department_id = excluded.department_id, name = excluded.name, owner_name = excluded.owner_name,
    contact = excluded.contact, address = excluded.address, starts_on = excluded.starts_on,
    ends_on = excluded.ends_on, goals = excluded.goals, status = excluded.status;

-- 计划安排 358.392, 实际到位 358.392, 实际支出 107.5176, all 市财政; 结余 250.8744 is derived
insert into project_fund (tenant_id, project_id, level, planned, arrived, spent)
values ('430600', (select id from project where tenant_id = '430600' and budget_code = '087001' and year = 2019),
        'MUNICIPAL', 358.392, 358.392, 107.5176)
on conflict (tenant_id, project_id, level) do update set
    planned = excluded.planned, arrived = excluded.arrived, spent = excluded.spent;

-- the one entry: 项目支出 107.5176, voucher 2019年12月47#. The seed gives the month only;
-- the day (31 December) is approximate.
insert into expenditure (tenant_id, project_id, level, content, amount, voucher_no, spent_on)
select '430600', p.id, 'MUNICIPAL', '项目支出', 107.5176, '2019年12月47#', date '2019-12-31'
  from project p
 where p.tenant_id = '430600' and p.budget_code = '087001' and p.year = 2019
   and not exists (select 1 from expenditure e where e.tenant_id = '430600' and e.project_id = p.id
                                               and e.voucher_no = '2019年12月47#');

-- the open tender won by 江苏国泰新点软件有限公司 at 3,583,920 元 (软件开发 2,225,000 + 硬件采购
-- 1,358,920); work began 2019-07-15; the system was not yet accepted; the rest is paid after
-- acceptance. The seed gives no signing date, so none is recorded.
insert into contract (tenant_id, department_id, project_id, title, vendor, amount, signed_on, procurement_method,
                      work_started_on, acceptance_terms, acceptance_result)
select '430600', p.department_id, p.id, '岳阳市“无差别”一窗受理系统（软件开发222.5万元，硬件采购135.892万元）',
       '江苏国泰新点软件有限公司', 358.392, null, 'OPEN_TENDER', date '2019-07-15',
       '已支付约30%；余款在项目验收后按合同支付', 'PENDING'
  from project p
 where p.tenant_id = '430600' and p.budget_code = '087001' and p.year = 2019
   and not exists (select 1 from contract c where c.tenant_id = '430600' and c.vendor = '江苏国泰新点软件有限公司');
update contract set amount = 358.392, procurement_method = 'OPEN_TENDER', work_started_on = date '2019-07-15',
                    acceptance_result = 'PENDING', accepted_on = null
 where tenant_id = '430600' and vendor = '江苏国泰新点软件有限公司';

-- the 107.5176 spent is taken to be the payment under this contract (same voucher, same day)
insert into payment (tenant_id, contract_id, paid_on, amount, note)
select '430600', c.id, date '2019-12-31', 107.5176, '会计凭证 2019年12月47#'
  from contract c
 where c.tenant_id = '430600' and c.vendor = '江苏国泰新点软件有限公司'
   and not exists (select 1 from payment x where x.tenant_id = '430600' and x.contract_id = c.id
                                            and x.note = '会计凭证 2019年12月47#');

-- ---------- 150627 伊金霍洛旗 · seed 000 ----------
-- Inner Mongolia's 采购限额标准: 60万元
insert into tenant_setting (tenant_id, procurement_threshold) values ('150627', 60)
on conflict (tenant_id) do update set procurement_threshold = excluded.procurement_threshold;

-- The seed gives the project's scope (6 service points, 27 devices, the whole of 2022) but no
-- budget figures, so no funds are recorded: its ratios show 不适用.
insert into project (tenant_id, department_id, name, owner_name, address, starts_on, ends_on, goals, year, status)
select '150627', d.id, '伊金霍洛旗政务自助便民服务点建设项目', null, '阿勒腾席热镇',
       date '2022-01-01', date '2022-12-31',
       '在阿勒腾席热镇建成6处政务自助便民服务点，配置7类共27台自助终端并投入试运行，'
       || '让居民就近全天候自助办理常用政务事项，形成“15分钟便民服务圈”。',
       2022, 'ACTIVE'
  from department d
 where d.tenant_id = '150627' and d.code = 'zwfwj'
   and not exists (select 1 from project p where p.tenant_id = '150627' and p.year = 2022
                                            and p.name = '伊金霍洛旗政务自助便民服务点建设项目');

-- 1. 旗政务局 with 上海卓繁: the contract bears no signing date (the evaluation says so). Its
--    amount and procurement method are not stated: amount empty, method 其他.
insert into contract (tenant_id, department_id, project_id, title, vendor, amount, signed_on, procurement_method)
select '150627', (select id from department where tenant_id = '150627' and code = 'zwfwj'), p.id,
       '阿镇社区打造自助服务15分钟便民圈设备采购项目合同', '上海卓繁信息技术股份有限公司', null, null, 'OTHER'
  from project p
 where p.tenant_id = '150627' and p.year = 2022 and p.name = '伊金霍洛旗政务自助便民服务点建设项目'
   and not exists (select 1 from contract c where c.tenant_id = '150627' and c.vendor = '上海卓繁信息技术股份有限公司');
update contract set signed_on = null, amount = null
 where tenant_id = '150627' and vendor = '上海卓繁信息技术股份有限公司';

-- 2. 阿镇人民政府 and the builder of the 阿镇便民服务中心 (the seed names 鄂尔多斯市雅轩装饰工程有限公司
--    beside the oral agreement): work began without a written contract, to be signed once the audit
--    settles the amount. The seed says the site was under construction at the evaluation; the start
--    date (2022-09-01) is approximate.
insert into contract (tenant_id, department_id, project_id, title, vendor, amount, signed_on, procurement_method,
                      work_started_on)
select '150627', (select id from department where tenant_id = '150627' and code = 'azzf'), p.id,
       '阿镇便民服务中心场所改造施工（口头约定，待审计结算后签订）', '鄂尔多斯市雅轩装饰工程有限公司', null, null, 'OTHER',
       date '2022-09-01'
  from project p
 where p.tenant_id = '150627' and p.year = 2022 and p.name = '伊金霍洛旗政务自助便民服务点建设项目'
   and not exists (select 1 from contract c where c.tenant_id = '150627' and c.vendor = '鄂尔多斯市雅轩装饰工程有限公司');
update contract set signed_on = null, amount = null, work_started_on = date '2022-09-01'
 where tenant_id = '150627' and vendor = '鄂尔多斯市雅轩装饰工程有限公司';

-- 3. 旗就业和社会保险事业局: 6 社保自助服务一体机 bought on 2022-07-14 (taken as the signing date),
--    to be accepted after a month's trial; fully paid but not accepted. Vendor and amounts are not
--    stated, so no payment row can be written; the terms say what the seed says.
insert into contract (tenant_id, department_id, project_id, title, vendor, amount, signed_on, procurement_method,
                      acceptance_terms, acceptance_result)
select '150627', (select id from department where tenant_id = '150627' and code = 'jysbj'), p.id,
       '硬件设备及软件产品购置合同（社保自助服务一体机6台）', '供货方（评价报告未载明名称）', null, date '2022-07-14', 'OTHER',
       '设备上线试运行一个月后由供货方申请验收，15个工作日内完成；验收合格后一次性支付设备款。'
       || '评价时设备已运行两个月、设备款已全部支付，但尚未验收。', 'PENDING'
  from project p
 where p.tenant_id = '150627' and p.year = 2022 and p.name = '伊金霍洛旗政务自助便民服务点建设项目'
   and not exists (select 1 from contract c where c.tenant_id = '150627'
                                             and c.title = '硬件设备及软件产品购置合同（社保自助服务一体机6台）');

-- 旗公安局 changed what it bought and spent 94.55 instead of 94万元 without 人大's approval: recorded
-- as a change that is still waiting for a decision (the request date is approximate).
insert into project_change (tenant_id, project_id, kind, description, requested_by, requested_at, status)
select '150627', p.id, 'CONTENT',
       '旗公安局：计划以94万元采购身份证拍照一体机、居民身份证自助领证机各2台；实际以94.55万元采购拍照一体机2台、'
       || '自助领证机5台、黑白专用针式打印机5台。内容及投资变更尚未报人大审批。',
       'yijinhuoluo-dept', timestamptz '2022-09-15 10:00:00+08', 'REQUESTED'
  from project p
 where p.tenant_id = '150627' and p.year = 2022 and p.name = '伊金霍洛旗政务自助便民服务点建设项目'
   and not exists (select 1 from project_change c where c.tenant_id = '150627' and c.project_id = p.id
                                                   and c.description like '旗公安局：计划以94万元%');
