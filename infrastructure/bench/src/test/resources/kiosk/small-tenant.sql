-- A smaller region's kiosks, all in SQL: :devices devices (codes BK000001…) over the service points
-- of catalogue.sql, the same lifecycle mix as the big region's sheet (KioskFiles.Lifecycle), and a
-- whole year (2022) of daily counts with their yearly roll-up. :tenant is the division code.
insert into device (tenant_id, code, type_id, model, serial_no, vendor, price, department_id, point_id, status,
                    ordered_on, delivered_on, installed_on, trial_started_on, accepted_on, in_service_on,
                    acceptance_result, network_signed_off_on, network_signed_off_by, paid_on)
select ':tenant', 'BK' || lpad(n::text, 6, '0'), types.a[1 + n % array_length(types.a, 1)], 'JZ-' || (n % 7),
       'SN' || ':tenant' || lpad(n::text, 6, '0'), '厂商' || (1 + n % 5), 3.5 + (n % 7),
       deps.a[1 + n % array_length(deps.a, 1)], points.a[1 + n % array_length(points.a, 1)],
       case when n % 20 < 14 then 'IN_SERVICE' when n % 20 < 16 then 'ACCEPTED' when n % 20 < 18 then 'TRIAL_RUN'
            when n % 20 < 19 then 'INSTALLED' else 'DELIVERED' end,
       date '2021-09-01',
       date '2021-10-08',
       case when n % 20 < 19 then date '2021-10-20' end,
       case when n % 20 < 18 then date '2021-11-01' end,
       case when n % 20 < 16 then date '2021-12-15' end,
       case when n % 20 < 14 then date '2022-01-01' end,
       case when n % 20 < 16 then 'PASSED' end,
       case when n % 20 < 16 then date '2021-12-10' end,
       case when n % 20 < 16 then '大数据中心' end,
       case when n % 20 < 18 then date '2021-12-20' end
  from generate_series(1, :devices) n,
       (select array_agg(id order by id) a from device_type where tenant_id = ':tenant') types,
       (select array_agg(id order by id) a from department where tenant_id = ':tenant') deps,
       (select array_agg(id order by id) a from service_point where tenant_id = ':tenant' and code like 'BP%') points
on conflict (tenant_id, code) do nothing;

-- the count formula is KioskFiles.transactions(n, dayOfYear): keep the two the same
insert into device_usage (tenant_id, device_id, day, transactions)
select d.tenant_id, d.id, day::date, (substr(d.code, 3)::int * 7 + extract(doy from day)::int * 13) % 41
  from device d, generate_series(date '2022-01-01', date '2022-12-31', interval '1 day') day
 where d.tenant_id = ':tenant' and d.code like 'BK%';

insert into device_usage_year (tenant_id, device_id, year, transactions, days)
select u.tenant_id, u.device_id, 2022, sum(u.transactions), count(*)
  from device_usage u join device d on d.id = u.device_id
 where u.tenant_id = ':tenant' and d.code like 'BK%' and u.day >= date '2022-01-01' and u.day < date '2023-01-01'
 group by u.tenant_id, u.device_id
on conflict (device_id, year) do update set transactions = excluded.transactions, days = excluded.days;
