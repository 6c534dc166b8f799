-- Demo data: approved target tables (绩效目标表) of the demo projects, with their indicators, the
-- implementation plan and the review steps, from seeds 003 (岳阳市) and 000 (伊金霍洛旗).
-- Re-runnable: a table is matched on its subject, year and version (version 1), its indicators and
-- steps on their position; they are brought back to the values written here. The status and the
-- review events are set once only, so a version a user adds later (and the SUPERSEDED it causes) is
-- left alone. Money in 万元. The dates of the review steps are approximate (the seeds give none).
-- Seed 002's 2018 smart-device project of 保山市 is not in 05_projects.sql, so it has no table here.

-- ---------- 430600 岳阳市 · seed 003: the 一窗受理 system, 2019 ----------
-- its 定量目标: 网上可办率 ≥70%, 政务4.0, development in 3 months, total cost ≤ 359万, 60% fewer
-- papers, 100 high-frequency matters "最多跑一次"; its plan from July to October 2019
insert into performance_target (tenant_id, department_id, project_id, year, version_no, status,
                                overall_goal, year_goal, project_nature, total_funds, fiscal_funds, other_funds,
                                created_by, created_at, submitted_by, submitted_at, decided_by, decided_at)
select '430600', p.department_id, p.id, 2019, 1, 'APPROVED',
       '以“一窗接件、受办分离、内部流转、限时办结、一窗出件”为运作方式，建成“无差别”一窗受理系统，'
       || '并在此基础上推行“一件事一次办”，使市政务服务中心从“政务2.0”升级到“政务4.0”，企业和群众办事“最多跑一次”。',
       '2019年7月进场，8月完成调研和功能设计，9月完成开发、测试和联调并开始培训和试运行，10月结束试运行并申请验收。',
       'NEW', 358.392, 358.392, 0,
       'yueyang-dept', timestamptz '2019-06-20 09:30:00+08',
       'yueyang-dept', timestamptz '2019-06-24 16:00:00+08',
       'yueyang-finance', timestamptz '2019-07-02 10:00:00+08'
  from project p
 where p.tenant_id = '430600' and p.budget_code = '087001' and p.year = 2019
on conflict (tenant_id, department_id, coalesce(project_id, 0), year, version_no) do update set
    overall_goal = excluded.overall_goal, year_goal = excluded.year_goal,
    project_nature = excluded.project_nature, total_funds = excluded.total_funds,
    fiscal_funds = excluded.fiscal_funds, other_funds = excluded.other_funds;

with t as (select pt.id from performance_target pt join project p on p.id = pt.project_id
            where pt.tenant_id = '430600' and p.budget_code = '087001' and p.year = 2019 and pt.version_no = 1),
     v (position, level1, level2, name, comparator, target_value, target_text, unit) as (values
        (0, '产出指标', '数量指标', '政务服务事项网上可办率', '>=', 70::numeric, null::text, '%'),
        (1, '产出指标', '质量指标', '政务服务中心升级水平', null, null, '实现政务4.0', null),
        (2, '产出指标', '时效指标', '系统开发完成时间', '<=', 3, null, '个月'),
        (3, '产出指标', '成本指标', '项目总成本', '<=', 359, null, '万元'),
        (4, '效益指标', '经济效益指标', '企业和群众到政府办事提供的材料减少比例', '>=', 60, null, '%'),
        (5, '效益指标', '社会效益指标', '省市县各级实现“最多跑一次”的高频事项', '>=', 100, null, '个')),
     up as (update target_indicator i set level1 = v.level1, level2 = v.level2, name = v.name,
                   comparator = v.comparator, target_value = v.target_value, target_text = v.target_text, unit = v.unit
              from t, v where i.target_id = t.id and i.position = v.position
            returning i.position)
insert into target_indicator (tenant_id, target_id, position, level1, level2, name, comparator, target_value, target_text, unit)
select '430600', t.id, v.position, v.level1, v.level2, v.name, v.comparator, v.target_value, v.target_text, v.unit
  from t, v
 where v.position not in (select position from up);

with t as (select pt.id from performance_target pt join project p on p.id = pt.project_id
            where pt.tenant_id = '430600' and p.budget_code = '087001' and p.year = 2019 and pt.version_no = 1),
     v (position, name, deliverable, planned_start, planned_finish) as (values
        (0, '项目组入场', '项目组进驻市政务服务中心，开始建设', date '2019-07-01', date '2019-07-15'),
        (1, '调研设计', '系统整体调研和功能设计', date '2019-08-01', date '2019-08-31'),
        (2, '开发测试联调', '完成系统开发、测试和联调', date '2019-09-01', date '2019-09-30'),
        (3, '培训试运行', '综合受理人员培训完毕，系统开始试运行', date '2019-09-01', date '2019-09-30'),
        (4, '试运行结束并验收', '试运行结束，系统进入验收', date '2019-10-01', date '2019-10-31')),
     up as (update target_plan_step s set name = v.name, deliverable = v.deliverable,
                   planned_start = v.planned_start, planned_finish = v.planned_finish
              from t, v where s.target_id = t.id and s.position = v.position
            returning s.position)
insert into target_plan_step (tenant_id, target_id, position, name, deliverable, planned_start, planned_finish)
select '430600', t.id, v.position, v.name, v.deliverable, v.planned_start, v.planned_finish
  from t, v
 where v.position not in (select position from up);

insert into target_event (tenant_id, target_id, action, actor, at, comment)
select '430600', pt.id, e.action, e.actor, e.at, e.comment
  from performance_target pt join project p on p.id = pt.project_id,
       (values ('CREATED', 'yueyang-dept', timestamptz '2019-06-20 09:30:00+08', null::text),
               ('SUBMITTED', 'yueyang-dept', timestamptz '2019-06-24 16:00:00+08', null),
               ('APPROVED', 'yueyang-finance', timestamptz '2019-07-02 10:00:00+08', '同意按此目标实施。')) e (action, actor, at, comment)
 where pt.tenant_id = '430600' and p.budget_code = '087001' and p.year = 2019 and pt.version_no = 1
   and not exists (select 1 from target_event x where x.target_id = pt.id and x.action = e.action);

-- ---------- 150627 伊金霍洛旗 · seed 000: the self-service kiosk points, 2022 ----------
-- As the evaluation found it: the overall goal does not name what is to be built, the quantity
-- indicators count the devices but not the 6 service points, and the cost indicator is a vague
-- phrase with no figure. The plan names the deliverables (6 points, 27 devices); the survey that
-- fixes the points was due by 2022-03-01 and done by 2022-05-16. The seed gives no budget figures,
-- so the funds stay empty; the plan's other dates are approximate.
insert into performance_target (tenant_id, department_id, project_id, year, version_no, status,
                                overall_goal, year_goal, project_nature,
                                created_by, created_at, submitted_by, submitted_at, decided_by, decided_at)
select '150627', p.department_id, p.id, 2022, 1, 'APPROVED',
       '完善一体化政务服务平台功能，把网上政务服务延伸到嘎查村（社区），推动更多事项网上办理，满足群众“马上办、就近办”的需求。',
       '2022年建设政务自助便民服务点，投放自助设备并试运行。',
       'NEW',
       'yijinhuoluo-dept', timestamptz '2021-12-10 10:00:00+08',
       'yijinhuoluo-dept', timestamptz '2021-12-15 15:00:00+08',
       'yijinhuoluo-finance', timestamptz '2021-12-28 11:00:00+08'
  from project p
 where p.tenant_id = '150627' and p.year = 2022 and p.name = '伊金霍洛旗政务自助便民服务点建设项目'
on conflict (tenant_id, department_id, coalesce(project_id, 0), year, version_no) do update set
    overall_goal = excluded.overall_goal, year_goal = excluded.year_goal,
    project_nature = excluded.project_nature;

with t as (select pt.id from performance_target pt join project p on p.id = pt.project_id
            where pt.tenant_id = '150627' and p.year = 2022 and p.name = '伊金霍洛旗政务自助便民服务点建设项目'
              and pt.version_no = 1),
     v (position, level1, level2, name, comparator, target_value, target_text, unit) as (values
        (0, '产出指标', '数量指标', '采购自助设备数量', '>=', 27::numeric, null::text, '台'),
        (1, '产出指标', '质量指标', '自助设备验收合格率', '=', 100, null, '%'),
        (2, '产出指标', '时效指标', '项目完成时间', null, null, '2022年12月31日前完成', null),
        (3, '产出指标', '成本指标', '项目成本控制', null, null, '控制在预算范围内', null),
        (4, '效益指标', '社会效益指标', '群众就近办事的便利程度', null, null, '明显提升', null),
        (5, '效益指标', '可持续影响指标', '自助服务点长效运行', null, null, '长期稳定运行', null),
        (6, '满意度指标', '服务对象满意度指标', '办事群众满意度', '>=', 90, null, '%')),
     up as (update target_indicator i set level1 = v.level1, level2 = v.level2, name = v.name,
                   comparator = v.comparator, target_value = v.target_value, target_text = v.target_text, unit = v.unit
              from t, v where i.target_id = t.id and i.position = v.position
            returning i.position)
insert into target_indicator (tenant_id, target_id, position, level1, level2, name, comparator, target_value, target_text, unit)
select '150627', t.id, v.position, v.level1, v.level2, v.name, v.comparator, v.target_value, v.target_text, v.unit
  from t, v
 where v.position not in (select position from up);

with t as (select pt.id from performance_target pt join project p on p.id = pt.project_id
            where pt.tenant_id = '150627' and p.year = 2022 and p.name = '伊金霍洛旗政务自助便民服务点建设项目'
              and pt.version_no = 1),
     v (position, name, deliverable, planned_start, planned_finish, actual_finish) as (values
        (0, '走访调研，确定打造点', '确定阿勒腾席热镇6处服务点的位置', date '2022-01-04', date '2022-03-01', date '2022-05-16'),
        (1, '场所改造设计与施工', '6处服务点完成设计和改造', date '2022-03-01', date '2022-06-30', null::date),
        (2, '自助设备采购', '采购7类共27台自助设备', date '2022-04-01', date '2022-07-31', null),
        (3, '设备安装、联网与验收', '27台自助设备安装联网并验收合格', date '2022-07-01', date '2022-09-30', null),
        (4, '投入试运行', '6处服务点投入试运行', date '2022-10-01', date '2022-12-31', null)),
     up as (update target_plan_step s set name = v.name, deliverable = v.deliverable,
                   planned_start = v.planned_start, planned_finish = v.planned_finish, actual_finish = v.actual_finish
              from t, v where s.target_id = t.id and s.position = v.position
            returning s.position)
insert into target_plan_step (tenant_id, target_id, position, name, deliverable, planned_start, planned_finish, actual_finish)
select '150627', t.id, v.position, v.name, v.deliverable, v.planned_start, v.planned_finish, v.actual_finish
  from t, v
 where v.position not in (select position from up);

insert into target_event (tenant_id, target_id, action, actor, at, comment)
select '150627', pt.id, e.action, e.actor, e.at, e.comment
  from performance_target pt join project p on p.id = pt.project_id,
       (values ('CREATED', 'yijinhuoluo-dept', timestamptz '2021-12-10 10:00:00+08', null::text),
               ('SUBMITTED', 'yijinhuoluo-dept', timestamptz '2021-12-15 15:00:00+08', null),
               ('APPROVED', 'yijinhuoluo-finance', timestamptz '2021-12-28 11:00:00+08', null)) e (action, actor, at, comment)
 where pt.tenant_id = '150627' and p.year = 2022 and p.name = '伊金霍洛旗政务自助便民服务点建设项目'
   and pt.version_no = 1
   and not exists (select 1 from target_event x where x.target_id = pt.id and x.action = e.action);
