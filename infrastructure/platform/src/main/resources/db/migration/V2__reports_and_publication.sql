-- The publication contract: the portal writes reports and events, public-site reads them.
create table report (
    id              bigserial    primary key,
    tenant_id       varchar(6)   not null references tenant (code),
    department_id   bigint       references department (id),
    title           text         not null,
    publisher       text         not null,
    index_no        text         not null,
    catalog         text         not null default '自评报告',
    published_on    date         not null,
    doc_no          text,
    keywords        text,
    views           bigint       not null default 0,
    fiscal_year     int          not null check (fiscal_year between 2000 and 2100),
    kind            varchar(16)  not null check (kind in ('SELF', 'THIRD_PARTY', 'FINANCE_REVIEW')),
    scope           varchar(16)  not null check (scope in ('PROJECT', 'DEPARTMENT')),
    score           numeric(5, 2) check (score between 0 and 100),
    grade           varchar(16)  check (grade in ('EXCELLENT', 'GOOD', 'FAIR', 'POOR')),
    summary         text         not null,
    body            text         not null,
    status          varchar(16)  not null default 'PUBLISHED' check (status in ('DRAFT', 'PUBLISHED', 'WITHDRAWN')),
    withdrawn_reason text,
    updated_at      timestamptz  not null default now(),
    version         int          not null default 0,
    unique (tenant_id, index_no)
);
create index report_tenant_published on report (tenant_id, published_on desc);

-- public-site follows this log to keep its search index current.
create table publication_event (
    id         bigserial   primary key,
    tenant_id  varchar(6)  not null references tenant (code),
    report_id  bigint      not null references report (id),
    kind       varchar(16) not null check (kind in ('PUBLISHED', 'UPDATED', 'WITHDRAWN')),
    created_at timestamptz not null default now()
);
create index publication_event_tenant on publication_event (tenant_id, id);

grant select, insert, update, delete on report, publication_event to ${appRole};
grant usage, select on sequence report_id_seq, publication_event_id_seq to ${appRole};
grant select on report, publication_event to ${platformRole}, ${publicRole};
grant update (views) on report to ${publicRole};

alter table report enable row level security;
alter table report force row level security;
create policy tenant_isolation on report to ${appRole}
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
create policy platform_reads on report for select to ${platformRole} using (true);
create policy public_reads_published on report for select to ${publicRole} using (status <> 'DRAFT');
create policy public_counts_views on report for update to ${publicRole} using (status = 'PUBLISHED');

alter table publication_event enable row level security;
alter table publication_event force row level security;
create policy tenant_isolation on publication_event to ${appRole}
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
create policy platform_reads on publication_event for select to ${platformRole}, ${publicRole} using (true);

-- Publishing, withdrawing or editing a published report is an event (same transaction).
create function report_publication_event() returns trigger language plpgsql as $$
begin
    if new.status = 'PUBLISHED' and (tg_op = 'INSERT' or old.status <> 'PUBLISHED') then
        insert into publication_event (tenant_id, report_id, kind) values (new.tenant_id, new.id, 'PUBLISHED');
    elsif new.status = 'WITHDRAWN' and tg_op = 'UPDATE' and old.status <> 'WITHDRAWN' then
        insert into publication_event (tenant_id, report_id, kind) values (new.tenant_id, new.id, 'WITHDRAWN');
    elsif tg_op = 'UPDATE' and new.status = 'PUBLISHED'
          and (new.title, new.body, new.summary, new.keywords, new.publisher, new.index_no)
              is distinct from (old.title, old.body, old.summary, old.keywords, old.publisher, old.index_no) then
        insert into publication_event (tenant_id, report_id, kind) values (new.tenant_id, new.id, 'UPDATED');
    end if;
    perform pg_notify('publication', new.id::text);
    return new;
end $$;
create trigger report_publication_event after insert or update of status, title, body, summary, keywords, publisher, index_no
    on report for each row execute function report_publication_event();
