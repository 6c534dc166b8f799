-- A previewed spreadsheet import waiting for the user's confirmation (portal /transfer). The file itself
-- is an object in the bucket (object_key); this row says whose it is and until when, so the confirmation
-- may reach any portal instance. Rows and objects go when the import is committed or after expires_at
-- (jixiao.tabular.preview-kept-for): the next upload in the region sweeps them.
create table import_preview (
    tenant_id         varchar(6)  not null references tenant (code),
    token             text        not null,
    username          text        not null,
    sheet             text        not null,
    file_name         text        not null,
    filter_year       int,
    filter_project_id bigint,
    object_key        text        not null,
    stored_at         timestamptz not null default now(),
    expires_at        timestamptz not null,
    primary key (tenant_id, token)
);
create index import_preview_expiry on import_preview (tenant_id, expires_at);

grant select, insert, delete on import_preview to ${appRole};
alter table import_preview enable row level security;
alter table import_preview force row level security;
create policy tenant_isolation on import_preview to ${appRole}
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
-- the offboarding export reads every region table (V11)
grant select on import_preview to ${platformRole};
create policy platform_exports on import_preview for select to ${platformRole} using (true);
