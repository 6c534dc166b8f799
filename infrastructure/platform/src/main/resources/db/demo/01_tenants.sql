-- Demo regions and tenants (the seed documents' three regions and their parents).
insert into region (code, name, level, parent_code) values
    ('150000', '内蒙古自治区', 'PROVINCE', null),
    ('530000', '云南省', 'PROVINCE', null),
    ('430000', '湖南省', 'PROVINCE', null)
on conflict (code) do update set name = excluded.name, level = excluded.level, parent_code = excluded.parent_code;
insert into region (code, name, level, parent_code) values
    ('150600', '鄂尔多斯市', 'CITY', '150000'),
    ('530500', '保山市', 'CITY', '530000'),
    ('430600', '岳阳市', 'CITY', '430000')
on conflict (code) do update set name = excluded.name, level = excluded.level, parent_code = excluded.parent_code;
insert into region (code, name, level, parent_code) values
    ('150627', '伊金霍洛旗', 'COUNTY', '150600')
on conflict (code) do update set name = excluded.name, level = excluded.level, parent_code = excluded.parent_code;

insert into tenant (code, slug, status) values
    ('150627', 'yijinhuoluo', 'ACTIVE'),
    ('530500', 'baoshan', 'ACTIVE'),
    ('430600', 'yueyang', 'ACTIVE')
on conflict (code) do nothing;
