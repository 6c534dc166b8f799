-- Reports made in the portal from approved evaluations (issue 11): a report is first a DRAFT row
-- (invisible to the public role by RLS), then PUBLISHED with its 索引号, then perhaps WITHDRAWN or
-- replaced by a corrected re-publication (corrects_id). The V2 trigger still writes publication_event.

-- A draft has no 索引号 and no 发布日期 yet; a published or withdrawn report has both.
alter table report alter column index_no drop not null;
alter table report alter column published_on drop not null;
alter table report add constraint report_published_has_index
    check (status = 'DRAFT' or (index_no is not null and published_on is not null));

alter table report
    add column evaluation_id  bigint        references evaluation (id),
    add column published_at   timestamptz,
    add column withdrawn_at   timestamptz,
    add column corrects_id    bigint        references report (id),
    -- why a correction replaces the report it corrects (named in that report's withdrawn_reason)
    add column correction_reason text,
    add column budget_yuan    numeric(18, 2),
    add column execution_rate numeric(6, 2),
    -- the department's narrative per section code ({"basic": "…", …}); figures are generated, not stored here
    add column narratives     jsonb         not null default '{}'::jsonb,
    add column created_by     text,
    add column created_at     timestamptz   not null default now();
create index report_tenant_evaluation on report (tenant_id, evaluation_id);
create index report_tenant_corrects on report (tenant_id, corrects_id);

-- Files published with a report: the generated self-evaluation table and chosen evidence, copied to
-- reports/{tenant}/{reportId}/{position}-{fileName} in the platform bucket.
create table report_attachment (
    id          bigserial   primary key,
    tenant_id   varchar(6)  not null references tenant (code),
    report_id   bigint      not null references report (id),
    position    int         not null,
    title       text        not null,
    file_name   text        not null,
    media_type  text        not null,
    size_bytes  bigint      not null check (size_bytes >= 0),
    object_key  text        not null,
    sha256      char(64)    not null,
    unique (tenant_id, report_id, position)
);
create index report_attachment_tenant_report on report_attachment (tenant_id, report_id);

-- The 索引号 sequence of a region and year: taken with insert … on conflict … returning, which holds the
-- row lock until commit, so concurrent publications get distinct numbers (and the unique index_no holds).
create table report_index_counter (
    tenant_id varchar(6) not null references tenant (code),
    year      int        not null,
    last      int        not null check (last >= 0),
    primary key (tenant_id, year)
);

-- 组织机构代码 of a department (e.g. 57980172-X): the first part of its reports' 索引号.
alter table department add column org_code varchar(16)
    check (org_code is null or org_code ~ '^[0-9A-Z]{8}-[0-9A-Z]$');

grant select, insert, update, delete on report_attachment, report_index_counter to ${appRole};
grant usage, select on sequence report_attachment_id_seq to ${appRole};
grant select on report_attachment to ${platformRole}, ${publicRole};
grant select on report_index_counter to ${platformRole};

alter table report_attachment enable row level security;
alter table report_attachment force row level security;
create policy tenant_isolation on report_attachment to ${appRole}
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
create policy platform_exports on report_attachment for select to ${platformRole} using (true);
create policy public_reads_published on report_attachment for select to ${publicRole}
    using (exists (select 1 from report r where r.id = report_id and r.status <> 'DRAFT'));

alter table report_index_counter enable row level security;
alter table report_index_counter force row level security;
create policy tenant_isolation on report_index_counter to ${appRole}
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
create policy platform_exports on report_index_counter for select to ${platformRole} using (true);
