-- TEST ONLY, until the `reports` helper's V14 is on main: the issue-11 contract's report columns and
-- report_attachment, so the public site's code written against the contract can run. Every statement is
-- a no-op once V14 has made them. Delete this file (and ContractColumns) after the merge.
alter table report add column if not exists evaluation_id bigint;
alter table report add column if not exists published_at timestamptz;
alter table report add column if not exists withdrawn_at timestamptz;
alter table report add column if not exists corrects_id bigint references report (id);
alter table report add column if not exists budget_yuan numeric(18, 2);
alter table report add column if not exists execution_rate numeric(6, 2);
create table if not exists report_attachment (
    id         bigserial  primary key,
    tenant_id  varchar(6) not null references tenant (code),
    report_id  bigint     not null references report (id),
    position   int        not null,
    title      text       not null,
    file_name  text       not null,
    media_type text       not null,
    size_bytes bigint     not null,
    object_key text       not null,
    sha256     char(64),
    unique (report_id, position)
);
grant select on report_attachment to jixiao_public;
alter table report_attachment enable row level security;
alter table report_attachment force row level security;
do $$ begin
    if not exists (select 1 from pg_policies where tablename = 'report_attachment' and policyname = 'public_reads_attachments') then
        create policy public_reads_attachments on report_attachment for select to jixiao_public
            using (exists (select 1 from report r where r.id = report_id and r.status <> 'DRAFT'));
    end if;
end $$;
