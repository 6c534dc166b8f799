-- Demo data: departments (部门/单位) of the three demo tenants.
-- The units are the ones named in the published documents the demo reports are based on.
-- Re-runnable: existing rows are matched on (tenant_id, code) and updated.

-- 150627 伊金霍洛旗
insert into department (tenant_id, code, name, short_name, kind) values
    ('150627', 'zwfwj',          '伊金霍洛旗政务服务局',                 '旗政务服务局',     'BUREAU'),
    ('150627', 'czj',            '伊金霍洛旗财政局',                     '旗财政局',         'BUREAU'),
    ('150627', 'zwfwzx',         '伊金霍洛旗政务服务中心',               '旗政务服务中心',   'CENTER'),
    ('150627', 'zfb',            '伊金霍洛旗人民政府办公室',             '旗政府办',         'OTHER'),
    ('150627', 'gaj',            '伊金霍洛旗公安局',                     '旗公安局',         'BUREAU'),
    ('150627', 'jgdd',           '伊金霍洛旗公安局交通管理大队',         '旗交管大队',       'OTHER'),
    ('150627', 'rsj',            '伊金霍洛旗人力资源和社会保障局',       '旗人社局',         'BUREAU'),
    ('150627', 'jysbj',          '伊金霍洛旗就业和社会保险事业局',       '旗就业和社保局',   'BUREAU'),
    ('150627', 'scjgj',          '伊金霍洛旗市场监督管理局',             '旗市场监管局',     'BUREAU'),
    ('150627', 'swj',            '国家税务总局伊金霍洛旗税务局',         '旗税务局',         'BUREAU'),
    ('150627', 'ybj',            '伊金霍洛旗医疗保障局',                 '旗医保局',         'BUREAU'),
    ('150627', 'jrb',            '伊金霍洛旗人民政府金融工作办公室',     '旗金融办',         'OTHER'),
    ('150627', 'dsjzx',          '伊金霍洛旗大数据中心',                 '旗大数据中心',     'CENTER'),
    ('150627', 'azzf',           '阿勒腾席热镇人民政府',                 '阿镇人民政府',     'TOWN'),
    ('150627', 'azbmfwzx',       '阿勒腾席热镇便民服务中心',             '阿镇便民服务中心', 'CENTER'),
    ('150627', 'sq-xinbei',      '阿勒腾席热镇新北社区',                 '新北社区',         'COMMUNITY'),
    ('150627', 'sq-wenmingjie',  '阿勒腾席热镇文明街社区',               '文明街社区',       'COMMUNITY'),
    ('150627', 'sq-nanyuan',     '阿勒腾席热镇南苑社区',                 '南苑社区',         'COMMUNITY'),
    ('150627', 'sq-wulannaoer',  '阿勒腾席热镇乌兰淖尔社区',             '乌兰淖尔社区',     'COMMUNITY'),
    ('150627', 'sq-enke',        '阿勒腾席热镇恩可社区',                 '恩可社区',         'COMMUNITY')
on conflict (tenant_id, code) do update set
    name = excluded.name,
    short_name = excluded.short_name,
    kind = excluded.kind;

-- who sits under whom (re-runnable: set by code), and the units' kinds
update department set kind = 'UNIT' where tenant_id = '150627' and code = 'jgdd';
update department d set parent_id = p.id
  from department p
 where d.tenant_id = '150627' and p.tenant_id = d.tenant_id
   and (d.code, p.code) in (('jgdd', 'gaj'), ('zwfwzx', 'zwfwj'), ('azbmfwzx', 'azzf'),
                            ('sq-xinbei', 'azzf'), ('sq-wenmingjie', 'azzf'), ('sq-nanyuan', 'azzf'),
                            ('sq-wulannaoer', 'azzf'), ('sq-enke', 'azzf'));

-- 530500 保山市
insert into department (tenant_id, code, name, short_name, kind) values
    ('530500', 'zwfwglj',   '保山市政务服务管理局',       '市政务服务管理局', 'BUREAU'),
    ('530500', 'czj',       '保山市财政局',               '市财政局',         'BUREAU'),
    ('530500', 'ggzyjyzx',  '保山市公共资源交易中心',     '市公共资源交易中心', 'CENTER'),
    ('530500', 'zfcgcrzx',  '保山市政府采购和出让中心',   '市政府采购和出让中心', 'CENTER'),
    ('530500', 'fgw',       '保山市发展和改革委员会',     '市发改委',         'BUREAU'),
    ('530500', 'zjj',       '保山市住房和城乡建设局',     '市住建局',         'BUREAU'),
    ('530500', 'swj',       '保山市水务局',               '市水务局',         'BUREAU')
on conflict (tenant_id, code) do update set
    name = excluded.name,
    short_name = excluded.short_name,
    kind = excluded.kind;

-- 430600 岳阳市
insert into department (tenant_id, code, name, short_name, kind) values
    ('430600', 'zwfwzx',    '岳阳市政务服务中心',         '市政务服务中心',   'CENTER'),
    ('430600', 'czj',       '岳阳市财政局',               '市财政局',         'BUREAU')
on conflict (tenant_id, code) do update set
    name = excluded.name,
    short_name = excluded.short_name,
    kind = excluded.kind;

-- 组织机构代码 (the first part of a report's 索引号). The three publishing departments' codes are the
-- ones their published reports print; the others are made up in the same form for the demo.
update department d set org_code = c.org_code
  from (values ('150627', 'zwfwj',   '11150627-X'),
               ('150627', 'czj',     '11150627-2'),
               ('150627', 'zwfwzx',  '12150627-5'),
               ('150627', 'gaj',     '11150627-7'),
               ('150627', 'jysbj',   '12150627-3'),
               ('150627', 'dsjzx',   '12150627-9'),
               ('530500', 'zwfwglj', '57980172-X'),
               ('530500', 'czj',     '01532605-4'),
               ('530500', 'ggzyjyzx', '57980173-8'),
               ('530500', 'zfcgcrzx', '57980174-6'),
               ('430600', 'zwfwzx',  '12430600-X'),
               ('430600', 'czj',     '00615301-6')) as c(tenant_id, code, org_code)
 where d.tenant_id = c.tenant_id and d.code = c.code;
