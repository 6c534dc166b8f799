-- Demo data: 鄂尔多斯市 (150600) as a tenant, the parent of 伊金霍洛旗 (150627), reading down.
-- The region row is in 01_tenants.sql. The city has a few departments of its own (its own books, which
-- its counties never see) and one read-down grant: it reads 伊金霍洛旗's figures, read-only.
insert into tenant (code, slug, status) values ('150600', 'ordos', 'ACTIVE')
on conflict (code) do nothing;

insert into department (tenant_id, code, name, short_name, kind) values
    ('150600', 'czj',  '鄂尔多斯市财政局',     '市财政局',     'BUREAU'),
    ('150600', 'zwfwj', '鄂尔多斯市政务服务局', '市政务服务局', 'BUREAU')
on conflict (tenant_id, code) do update set
    name = excluded.name,
    short_name = excluded.short_name,
    kind = excluded.kind;

insert into tenant_read_grant (reader, readable) values ('150600', '150627')
on conflict (reader, readable) do nothing;
