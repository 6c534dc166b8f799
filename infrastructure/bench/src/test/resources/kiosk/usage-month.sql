-- One month of the big region's daily counts, for the months not imported through the portal
-- (see KioskBenchmark): the same counts the CSV generator writes, and the yearly roll-up raised
-- by exactly what was added. :tenant, :from and :to (inclusive) are replaced.
insert into device_usage (tenant_id, device_id, day, transactions)
select d.tenant_id, d.id, day::date, (substr(d.code, 3)::int * 7 + extract(doy from day)::int * 13) % 41
  from device d, generate_series(date ':from', date ':to', interval '1 day') day
 where d.tenant_id = ':tenant' and d.code like 'BK%';

insert into device_usage_year (tenant_id, device_id, year, transactions, days)
select u.tenant_id, u.device_id, extract(year from date ':from')::int, sum(u.transactions), count(*)
  from device_usage u join device d on d.id = u.device_id
 where u.tenant_id = ':tenant' and d.code like 'BK%' and u.day between date ':from' and date ':to'
 group by u.tenant_id, u.device_id
on conflict (device_id, year) do update
   set transactions = device_usage_year.transactions + excluded.transactions,
       days = device_usage_year.days + excluded.days;
