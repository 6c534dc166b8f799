-- The footer fields government sites carry (主办单位, 网站标识码, ICP备案号, 公安备案号, contact) for 岳阳市, so
-- its public pages show them. DEMO VALUES: the record numbers, phone, mail and address are invented in the
-- real formats; a region's own come from tenant-admin (GET/PUT /api/tenants/{code}/identity).
-- 伊金霍洛旗 and 保山市 keep none, so their pages show how a region without them looks.
insert into region_identity (tenant_id, sponsor, site_code, icp_record, police_record, contact_phone, contact_email,
                             contact_address, updated_by)
values ('430600', '岳阳市财政局', '4306000001', '湘ICP备20000001号-1', '湘公网安备43060202000001号',
        '0730-8880001', 'czj@yueyang.example.gov.cn', '湖南省岳阳市岳阳楼区（示例地址）', 'demo')
on conflict (tenant_id) do update set sponsor = excluded.sponsor, site_code = excluded.site_code,
    icp_record = excluded.icp_record, police_record = excluded.police_record, contact_phone = excluded.contact_phone,
    contact_email = excluded.contact_email, contact_address = excluded.contact_address;
