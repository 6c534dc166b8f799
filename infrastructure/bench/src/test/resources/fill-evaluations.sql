-- One evaluation (2021, self) for every benchmark project of a tenant (fill-tenant.sql first), with
-- 24 indicators (4 level-1, 4 level-2, 16 leaves), a payment on every contract, and figures that give
-- every evaluation about ten findings: a 预算执行率 that is the 到位率, full marks without a target,
-- "按期完成" with the contract unaccepted, a total that is not the sum, 优 with 50 % execution.
insert into evaluation (tenant_id, department_id, project_id, year, kind, total_score, grade, created_by, goal_achieved)
select p.tenant_id, p.department_id, p.id, 2021, 'SELF', 90.00, 'EXCELLENT', 'bench', '项目已按期完成'
  from project p
 where p.tenant_id = ':tenant' and p.budget_code like 'Bbench-d%';

insert into evaluation_indicator (tenant_id, evaluation_id, level, position, name, weight)
select e.tenant_id, e.id, 1, l.pos, l.name, l.weight
  from evaluation e,
       (values (1, '预算执行率', 10), (2, '产出指标', 50), (3, '效益指标', 30), (4, '满意度指标', 10)) l(pos, name, weight)
 where e.tenant_id = ':tenant' and e.created_by = 'bench';

insert into evaluation_indicator (tenant_id, evaluation_id, parent_id, level, position, name, weight)
select i.tenant_id, i.evaluation_id, i.id, 2, 1, i.name || '（二级）', i.weight
  from evaluation_indicator i join evaluation e on e.id = i.evaluation_id
 where e.tenant_id = ':tenant' and e.created_by = 'bench' and i.level = 1;

insert into evaluation_indicator (tenant_id, evaluation_id, parent_id, level, position, name, weight, rule, record_key,
                                  target_value, target_text, unit, actual_value, computed_score, manual_score, score_reason)
select i.tenant_id, i.evaluation_id, i.id, 3, l.pos, l.name, l.weight, l.rule, l.record_key,
       l.target, l.target_text, l.unit, l.actual, l.computed, l.manual,
       case when l.manual is not null then '评价组打分' end
  from evaluation_indicator i
  join evaluation e on e.id = i.evaluation_id
  join (values
      ('预算执行率',  1, '预算执行率',   10, 'RECORD',       'BUDGET_EXECUTION_RATE', 100, null,       '%',  83.33, 8.33, null),
      ('产出指标',    1, '设备数量',     10, 'PROPORTIONAL', null,                    27,  null,       '台', 27,    10,   null),
      ('产出指标',    2, '服务点数量',   10, 'PROPORTIONAL', null,                    6,   null,       '处', 5,     8.33, null),
      ('产出指标',    3, '系统功能完成率', 10, 'PROPORTIONAL', null,                  100, null,       '%',  100,   10,   null),
      ('产出指标',    4, '系统上线率',   10, 'PROPORTIONAL', null,                    100, null,       '%',  100,   10,   null),
      ('产出指标',    5, '项目实施',     5,  'MANUAL',       null,                    null, null,      null, null,  null, 5),
      ('产出指标',    6, '成本控制',     5,  'PROPORTIONAL', null,                    100, null,       '万元', 95,  5,    null),
      ('效益指标',    1, '社会效益一',   5,  'MANUAL',       null,                    null, null,      null, null,  null, 5),
      ('效益指标',    2, '社会效益二',   5,  'PROPORTIONAL', null,                    100, null,       '%',  90,    4.5,  null),
      ('效益指标',    3, '社会效益三',   5,  'PROPORTIONAL', null,                    100, null,       '%',  90,    4.5,  null),
      ('效益指标',    4, '可持续影响一', 5,  'PROPORTIONAL', null,                    100, null,       '%',  90,    4.5,  null),
      ('效益指标',    5, '可持续影响二', 5,  'PROPORTIONAL', null,                    100, null,       '%',  90,    4.5,  null),
      ('效益指标',    6, '经济效益',     5,  'PROPORTIONAL', null,                    null, '降低办事成本', '%', 90, 4.5,  null),
      ('满意度指标',  1, '群众满意度',   4,  'BANDS',        null,                    90,  null,       '%',  95,    4,    null),
      ('满意度指标',  2, '企业满意度',   3,  'BANDS',        null,                    90,  null,       '%',  92,    3,    null),
      ('满意度指标',  3, '窗口满意度',   3,  'BANDS',        null,                    90,  null,       '%',  91,    3,    null))
    l(l1, pos, name, weight, rule, record_key, target, target_text, unit, actual, computed, manual)
    on i.name = l.l1 || '（二级）'
 where e.tenant_id = ':tenant' and e.created_by = 'bench' and i.level = 2;

insert into payment (tenant_id, contract_id, paid_on, amount)
select c.tenant_id, c.id, date '2021-06-01', 40
  from contract c join project p on p.id = c.project_id
 where c.tenant_id = ':tenant' and p.budget_code like 'Bbench-d%';
