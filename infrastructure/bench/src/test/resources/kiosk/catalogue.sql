-- The seven kinds of kiosk a county's roll-out buys (the seed's types; a region whose demo data has its
-- catalogue keeps it), and :points service points run by the region's departments in turn. Setup,
-- not measured. :tenant is the division code.
insert into device_type (tenant_id, name, services)
select ':tenant', t.name, t.services
  from (values ('智能政务服务工作台', array['综合业务查询', '材料打印', '证明开具']),
               ('智能文件柜', array['材料寄存', '证照领取']),
               ('企业自助登记/营业执照自助终端', array['企业设立登记', '营业执照打印']),
               ('交管自助体检', array['驾驶人体检', '照片采集']),
               ('社保自助服务一体机', array['社保查询', '社保卡业务', '待遇资格认证']),
               ('身份证拍照申请一体机', array['证件照拍摄', '身份证申领']),
               ('居民身份证自助领证机', array['身份证领取'])) t(name, services)
 where not exists (select 1 from device_type where tenant_id = ':tenant')
on conflict (tenant_id, name) do nothing;

insert into service_point (tenant_id, code, name, address, community, open_24h, opening_hours, status,
                           construction_started_on, opened_on, responsible_department_id)
select ':tenant', 'BP' || lpad(g::text, 4, '0'), '基准服务点' || g, '基准大街' || g || '号', '基准社区' || (1 + g % 40),
       g % 4 = 0, case when g % 4 = 0 then null else '09:00-17:00' end, 'IN_SERVICE',
       date '2021-08-01', date '2021-12-01', deps.a[1 + g % array_length(deps.a, 1)]
  from generate_series(1, :points) g,
       (select array_agg(id order by id) a from department where tenant_id = ':tenant') deps
on conflict (tenant_id, code) do nothing;
