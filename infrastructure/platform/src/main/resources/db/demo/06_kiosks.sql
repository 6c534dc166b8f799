-- Seed 000's kiosk roll-out in 伊金霍洛旗 (150627), entered as the records the evaluation describes:
-- six service points in 阿勒腾席热镇, the seven device types and the services each offers, and the
-- 27 devices by point, type and buying unit. From the records the 2022 summary gives what the
-- evaluation printed: 21 of 27 accepted (77.78%), 22 of 27 in use (81.48%).
--
-- What the seed states: the points, their addresses and devices; 旗政务服务局, 旗公安局, 旗市场监管局
-- and 旗就业和社会保险事业局 bought the devices; the communities keep the points; the point at the
-- town's service centre is still being built (expected to open January 2023); the six 社保 kiosks
-- bought on 2022-07-14 ran for two months on trial, were paid for in full and not accepted, although
-- the contract wanted acceptance within 15 working days after a month's trial; the big-data centre
-- signed no network sign-off for any of the 27.
-- What is assumed (the seed gives no dates or counts for them): the other lifecycle dates, the
-- payment date 2022-09-26, that the centre's devices were accepted with the batch but wait for
-- their point, that its 社保 kiosk waits undelivered to the site, and the daily transaction counts,
-- which are illustrative only.

do $$
begin
    if exists (select 1 from service_point where tenant_id = '150627' and code = 'YJ-P01') then
        return;
    end if;

    -- the unit that signs off network hook-ups
    update tenant_setting set kiosk_network_department_id =
        (select id from department where tenant_id = '150627' and code = 'dsjzx')
     where tenant_id = '150627';

    -- 2022 public holidays and 调休 working weekends, as the State Council announced them
    insert into working_calendar_day (tenant_id, day, kind, name)
    select '150627', d::date, 'HOLIDAY', n from (values
        ('2022-01-03', '元旦'),
        ('2022-01-31', '春节'), ('2022-02-01', '春节'), ('2022-02-02', '春节'), ('2022-02-03', '春节'), ('2022-02-04', '春节'),
        ('2022-04-04', '清明节'), ('2022-04-05', '清明节'),
        ('2022-05-02', '劳动节'), ('2022-05-03', '劳动节'), ('2022-05-04', '劳动节'),
        ('2022-06-03', '端午节'),
        ('2022-09-12', '中秋节'),
        ('2022-10-03', '国庆节'), ('2022-10-04', '国庆节'), ('2022-10-05', '国庆节'), ('2022-10-06', '国庆节'), ('2022-10-07', '国庆节')
    ) as h(d, n)
    union all
    select '150627', d::date, 'WORKDAY', n from (values
        ('2022-01-29', '春节调休'), ('2022-01-30', '春节调休'), ('2022-04-02', '清明节调休'),
        ('2022-04-24', '劳动节调休'), ('2022-05-07', '劳动节调休'), ('2022-10-08', '国庆节调休'), ('2022-10-09', '国庆节调休')
    ) as w(d, n)
    on conflict do nothing;

    -- the 社保 kiosks' contract: a month's trial, then acceptance within 15 working days
    update contract set trial_period = 'P1M', acceptance_working_days = 15
     where tenant_id = '150627' and title = '硬件设备及软件产品购置合同（社保自助服务一体机6台）';

    insert into device_type (tenant_id, name, services) values
        ('150627', '智能政务服务工作台', array['个体工商户变更登记', '公共场所卫生许可申请', '娱乐场所延续审批',
                                            '民办非企业单位成立登记', '互联网上网服务经营场所注销审批']),
        ('150627', '智能文件柜', array['纸质材料存取']),
        ('150627', '企业自助登记/营业执照自助终端', array['营业执照自助打印', '企业自助登记']),
        ('150627', '交管自助体检', array['驾驶人自助体检']),
        ('150627', '社保自助服务一体机', array['养老待遇资格认证', '缴费证明打印', '个人权益单打印', '社保卡激活',
                                          '社保卡申领进度查询', '社保关系跨统筹区转移', '社保信息查询']),
        ('150627', '身份证拍照申请一体机', array['自治区内居民身份证换领、补领申请（首次申领除外）']),
        ('150627', '居民身份证自助领证机', array['已办结居民身份证自助领取'])
    on conflict do nothing;

    insert into service_point (tenant_id, code, name, address, community, open_24h, opening_hours, status,
                               construction_started_on, opened_on, expected_open_on, responsible_department_id)
    select '150627', p.code, p.name, p.address, p.community, true, '24小时自助服务', p.status,
           p.started::date, p.opened::date, p.expected::date,
           (select id from department where tenant_id = '150627' and code = p.keeper)
      from (values
        ('YJ-P01', '阿勒腾席热镇便民服务中心', '阿镇人民政府党政大楼后侧', '阿勒腾席热镇', 'UNDER_CONSTRUCTION',
         '2022-09-01', null, '2023-01-31', 'azbmfwzx'),
        ('YJ-P02', '阿勒腾席热镇恩可社区服务点', '阿镇泰康东街（水岸新城澄园北门）', '恩可社区', 'IN_SERVICE',
         '2022-05-16', '2022-07-25', null, 'sq-enke'),
        ('YJ-P03', '阿勒腾席热镇文明街社区服务点', '阿镇亿成大厦东侧', '文明街社区', 'IN_SERVICE',
         '2022-05-16', '2022-07-25', null, 'sq-wenmingjie'),
        ('YJ-P04', '阿勒腾席热镇乌兰淖尔社区服务点', '阿镇宏泰绿城西门', '乌兰淖尔社区', 'IN_SERVICE',
         '2022-05-16', '2022-07-25', null, 'sq-wulannaoer'),
        ('YJ-P05', '阿勒腾席热镇南苑社区服务点', '阿镇汽车城', '南苑社区', 'IN_SERVICE',
         '2022-05-16', '2022-07-25', null, 'sq-nanyuan'),
        ('YJ-P06', '阿勒腾席热镇新北社区服务点', '阿镇馨雅苑C区', '新北社区', 'IN_SERVICE',
         '2022-05-16', '2022-07-25', null, 'sq-xinbei')
      ) as p(code, name, address, community, status, started, opened, expected, keeper);

    insert into device (tenant_id, code, type_id, vendor, department_id, contract_id, point_id, status, ordered_on,
                        delivered_on, installed_on, trial_started_on, accepted_on, in_service_on, paid_on,
                        acceptance_result)
    select '150627', v.code, t.id, v.vendor, d.id,
           case v.buyer
               when 'zwfwj' then (select id from contract where tenant_id = '150627'
                                    and vendor = '上海卓繁信息技术股份有限公司')
               when 'jysbj' then (select id from contract where tenant_id = '150627'
                                    and title = '硬件设备及软件产品购置合同（社保自助服务一体机6台）')
           end,
           p.id, v.status, v.ordered::date, v.delivered::date, v.installed::date, v.trial::date, v.accepted::date,
           v.in_service::date, v.paid::date, case when v.accepted is not null then 'PASSED' end
      from (values
        ('YJ-P01-GZT', '智能政务服务工作台', 'YJ-P01', 'zwfwj', '上海卓繁信息技术股份有限公司', 'ACCEPTED', '2022-06-20', '2022-07-18', '2022-07-21', '2022-07-25', '2022-08-26', null, null),
        ('YJ-P01-WJG', '智能文件柜', 'YJ-P01', 'zwfwj', '上海卓繁信息技术股份有限公司', 'ACCEPTED', '2022-06-20', '2022-07-18', '2022-07-21', '2022-07-25', '2022-08-26', null, null),
        ('YJ-P01-YYZZ', '企业自助登记/营业执照自助终端', 'YJ-P01', 'scjgj', null, 'ACCEPTED', '2022-06-20', '2022-07-18', '2022-07-21', '2022-07-25', '2022-08-26', null, null),
        ('YJ-P01-JGTJ', '交管自助体检', 'YJ-P01', 'gaj', null, 'ACCEPTED', '2022-06-20', '2022-07-18', '2022-07-21', '2022-07-25', '2022-08-26', null, null),
        ('YJ-P01-SB', '社保自助服务一体机', 'YJ-P01', 'jysbj', null, 'DELIVERED', '2022-07-14', '2022-07-18', null, null, null, null, '2022-09-26'),
        ('YJ-P02-GZT', '智能政务服务工作台', 'YJ-P02', 'zwfwj', '上海卓繁信息技术股份有限公司', 'IN_SERVICE', '2022-06-20', '2022-07-18', '2022-07-21', '2022-07-25', '2022-08-26', '2022-08-26', null),
        ('YJ-P02-WJG', '智能文件柜', 'YJ-P02', 'zwfwj', '上海卓繁信息技术股份有限公司', 'IN_SERVICE', '2022-06-20', '2022-07-18', '2022-07-21', '2022-07-25', '2022-08-26', '2022-08-26', null),
        ('YJ-P02-SB', '社保自助服务一体机', 'YJ-P02', 'jysbj', null, 'TRIAL_RUN', '2022-07-14', '2022-07-18', '2022-07-21', '2022-07-25', null, null, '2022-09-26'),
        ('YJ-P03-GZT', '智能政务服务工作台', 'YJ-P03', 'zwfwj', '上海卓繁信息技术股份有限公司', 'IN_SERVICE', '2022-06-20', '2022-07-18', '2022-07-21', '2022-07-25', '2022-08-26', '2022-08-26', null),
        ('YJ-P03-WJG', '智能文件柜', 'YJ-P03', 'zwfwj', '上海卓繁信息技术股份有限公司', 'IN_SERVICE', '2022-06-20', '2022-07-18', '2022-07-21', '2022-07-25', '2022-08-26', '2022-08-26', null),
        ('YJ-P03-YYZZ', '企业自助登记/营业执照自助终端', 'YJ-P03', 'scjgj', null, 'IN_SERVICE', '2022-06-20', '2022-07-18', '2022-07-21', '2022-07-25', '2022-08-26', '2022-08-26', null),
        ('YJ-P03-SB', '社保自助服务一体机', 'YJ-P03', 'jysbj', null, 'TRIAL_RUN', '2022-07-14', '2022-07-18', '2022-07-21', '2022-07-25', null, null, '2022-09-26'),
        ('YJ-P03-SFZPZ', '身份证拍照申请一体机', 'YJ-P03', 'gaj', null, 'IN_SERVICE', '2022-06-20', '2022-07-18', '2022-07-21', '2022-07-25', '2022-08-26', '2022-08-26', null),
        ('YJ-P03-SFZLZ', '居民身份证自助领证机', 'YJ-P03', 'gaj', null, 'IN_SERVICE', '2022-06-20', '2022-07-18', '2022-07-21', '2022-07-25', '2022-08-26', '2022-08-26', null),
        ('YJ-P04-GZT', '智能政务服务工作台', 'YJ-P04', 'zwfwj', '上海卓繁信息技术股份有限公司', 'IN_SERVICE', '2022-06-20', '2022-07-18', '2022-07-21', '2022-07-25', '2022-08-26', '2022-08-26', null),
        ('YJ-P04-WJG', '智能文件柜', 'YJ-P04', 'zwfwj', '上海卓繁信息技术股份有限公司', 'IN_SERVICE', '2022-06-20', '2022-07-18', '2022-07-21', '2022-07-25', '2022-08-26', '2022-08-26', null),
        ('YJ-P04-SB', '社保自助服务一体机', 'YJ-P04', 'jysbj', null, 'TRIAL_RUN', '2022-07-14', '2022-07-18', '2022-07-21', '2022-07-25', null, null, '2022-09-26'),
        ('YJ-P05-GZT', '智能政务服务工作台', 'YJ-P05', 'zwfwj', '上海卓繁信息技术股份有限公司', 'IN_SERVICE', '2022-06-20', '2022-07-18', '2022-07-21', '2022-07-25', '2022-08-26', '2022-08-26', null),
        ('YJ-P05-WJG', '智能文件柜', 'YJ-P05', 'zwfwj', '上海卓繁信息技术股份有限公司', 'IN_SERVICE', '2022-06-20', '2022-07-18', '2022-07-21', '2022-07-25', '2022-08-26', '2022-08-26', null),
        ('YJ-P05-YYZZ', '企业自助登记/营业执照自助终端', 'YJ-P05', 'scjgj', null, 'IN_SERVICE', '2022-06-20', '2022-07-18', '2022-07-21', '2022-07-25', '2022-08-26', '2022-08-26', null),
        ('YJ-P05-SB', '社保自助服务一体机', 'YJ-P05', 'jysbj', null, 'TRIAL_RUN', '2022-07-14', '2022-07-18', '2022-07-21', '2022-07-25', null, null, '2022-09-26'),
        ('YJ-P05-JGTJ', '交管自助体检', 'YJ-P05', 'gaj', null, 'IN_SERVICE', '2022-06-20', '2022-07-18', '2022-07-21', '2022-07-25', '2022-08-26', '2022-08-26', null),
        ('YJ-P06-GZT', '智能政务服务工作台', 'YJ-P06', 'zwfwj', '上海卓繁信息技术股份有限公司', 'IN_SERVICE', '2022-06-20', '2022-07-18', '2022-07-21', '2022-07-25', '2022-08-26', '2022-08-26', null),
        ('YJ-P06-WJG', '智能文件柜', 'YJ-P06', 'zwfwj', '上海卓繁信息技术股份有限公司', 'IN_SERVICE', '2022-06-20', '2022-07-18', '2022-07-21', '2022-07-25', '2022-08-26', '2022-08-26', null),
        ('YJ-P06-SFZPZ', '身份证拍照申请一体机', 'YJ-P06', 'gaj', null, 'IN_SERVICE', '2022-06-20', '2022-07-18', '2022-07-21', '2022-07-25', '2022-08-26', '2022-08-26', null),
        ('YJ-P06-SFZLZ', '居民身份证自助领证机', 'YJ-P06', 'gaj', null, 'IN_SERVICE', '2022-06-20', '2022-07-18', '2022-07-21', '2022-07-25', '2022-08-26', '2022-08-26', null),
        ('YJ-P06-SB', '社保自助服务一体机', 'YJ-P06', 'jysbj', null, 'TRIAL_RUN', '2022-07-14', '2022-07-18', '2022-07-21', '2022-07-25', null, null, '2022-09-26')
      ) as v(code, type_name, point, buyer, vendor, status, ordered, delivered, installed, trial, accepted, in_service, paid)
      join device_type t on t.tenant_id = '150627' and t.name = v.type_name
      join service_point p on p.tenant_id = '150627' and p.code = v.point
      join department d on d.tenant_id = '150627' and d.code = v.buyer;

    -- each milestone as an attributed step, by the buyer's demo user where there is one
    insert into device_event (tenant_id, device_id, status, on_date, actor, recorded_at, note)
    select '150627', x.id, m.status, m.on_date,
           case x.buyer when 'zwfwj' then 'yijinhuoluo-dept' when 'jysbj' then 'yijinhuoluo-shebao' else '演示数据' end,
           m.on_date::timestamp + time '17:00', null
      from (select dv.*, dp.code as buyer from device dv join department dp on dp.id = dv.department_id
             where dv.tenant_id = '150627') x
      cross join lateral (values
          ('ORDERED', x.ordered_on, 1), ('DELIVERED', x.delivered_on, 2), ('INSTALLED', x.installed_on, 3),
          ('TRIAL_RUN', x.trial_started_on, 4), ('ACCEPTED', x.accepted_on, 5), ('IN_SERVICE', x.in_service_on, 6)
      ) as m(status, on_date, step)
     where m.on_date is not null
     order by x.id, m.step;

    -- one fault, reported and repaired by 恩可社区
    insert into device_fault (tenant_id, device_id, opened_on, closed_on, description, reported_by, closed_by, resolution)
    select '150627', id, date '2022-10-10', date '2022-10-12', '触摸屏无响应，群众无法办理业务', 'yijinhuoluo-enke',
           'yijinhuoluo-enke', '供应商上门更换触摸屏驱动板'
      from device where tenant_id = '150627' and code = 'YJ-P02-GZT';

    -- illustrative daily transaction counts for the devices serving the public, to 2022-12-31
    insert into device_usage (tenant_id, device_id, day, transactions)
    select '150627', dv.id, g.day::date,
           (abs(hashtext(dv.code || g.day::date)) % 9) + case when extract(isodow from g.day) >= 6 then 2 else 5 end
      from device dv
      cross join lateral generate_series(coalesce(dv.in_service_on, dv.trial_started_on), date '2022-12-31',
                                         interval '1 day') as g(day)
     where dv.tenant_id = '150627' and dv.status in ('TRIAL_RUN', 'IN_SERVICE')
       and not (dv.code = 'YJ-P02-GZT' and g.day between date '2022-10-10' and date '2022-10-12');

    insert into device_usage_year (tenant_id, device_id, year, transactions, days)
    select tenant_id, device_id, extract(year from day)::int, sum(transactions), count(*)
      from device_usage where tenant_id = '150627'
     group by tenant_id, device_id, extract(year from day);
end $$;
