-- Paragraph signatures for copy detection (issue 12, item 4): one row per paragraph of a report's
-- narratives, with its MinHash LSH band hashes (32 per paragraph, GIN-indexed) so a check finds the
-- paragraphs sharing a band without rescanning every report, and the paragraph's text to confirm a
-- candidate by its exact Jaccard similarity.
--
-- Who reads what: a region reads all its own rows (drafts included) under tenant_isolation, and the rows
-- of PUBLISHED reports of every region under published_across_regions: that text is public on the
-- public site anyway. A draft's or a withdrawn report's paragraphs never reach another region.
-- The status is a copy of report.status kept by the trigger below in the same transaction as the
-- change, because a policy's subquery on report would itself be limited to the reader's region by
-- report's RLS.
--
-- The band lookup goes through paragraphs_sharing_bands() below, not a plain select: under RLS the
-- planner may not use the GIN index for `bands && …`, because array overlap is not leakproof (measured:
-- a seq scan of 1.5 s at 600,000 paragraphs against 14 ms on the index). The function runs as the owner
-- (which bypasses RLS, as for the demo data) and applies the policies' rule itself, in one place:
-- the caller's region's rows and PUBLISHED rows, never WITHDRAWN, never the excluded reports.
-- (The lookup of a report's ~200 bands is estimated at a large share of the table; the function turns
-- the seq scan off for its own query, measured in infrastructure/bench CopyDatabaseBenchmark.)
create table paragraph_signature (
    id              bigserial   primary key,
    tenant_id       varchar(6)  not null references tenant (code),
    report_id       bigint      not null references report (id) on delete cascade,
    department_id   bigint      references department (id),
    section         varchar(32) not null,
    position        int         not null,
    -- hash of the normalised text: the finding's key stays while the paragraph stays
    paragraph_hash  bigint      not null,
    bands           bigint[]    not null,
    text            text        not null,
    -- copies of the report row, for naming the other report without reading it across regions
    report_status   varchar(16) not null,
    report_title    text        not null,
    publisher       text,
    index_no        text,
    unique (tenant_id, report_id, section, position)
);
create index paragraph_signature_bands on paragraph_signature using gin (bands);
create index paragraph_signature_tenant_report on paragraph_signature (tenant_id, report_id);

grant select, insert, update, delete on paragraph_signature to ${appRole};
grant usage, select on sequence paragraph_signature_id_seq to ${appRole};
grant select on paragraph_signature to ${platformRole};

alter table paragraph_signature enable row level security;
alter table paragraph_signature force row level security;
create policy tenant_isolation on paragraph_signature to ${appRole}
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
create policy published_across_regions on paragraph_signature for select to ${appRole}
    using (report_status = 'PUBLISHED');
create policy platform_exports on paragraph_signature for select to ${platformRole} using (true);

-- The report's status, title, publisher and 索引号 follow the report row (publication, withdrawal,
-- correction, regeneration), in the same transaction. SECURITY INVOKER: it runs as the portal's role,
-- under its region's RLS, on the report's own region's rows.
create function paragraph_signature_follows_report() returns trigger language plpgsql as $$
begin
    update paragraph_signature
       set report_status = new.status, report_title = new.title, publisher = new.publisher, index_no = new.index_no
     where tenant_id = new.tenant_id and report_id = new.id;
    return new;
end $$;

create trigger paragraph_signature_follows_report
    after update of status, title, publisher, index_no on report
    for each row
    when (old.status is distinct from new.status or old.title is distinct from new.title
          or old.publisher is distinct from new.publisher or old.index_no is distinct from new.index_no)
    execute function paragraph_signature_follows_report();

-- The candidates of a report's paragraphs: the rows sharing a band, as the policies would show them to
-- the calling region (app.tenant_id; none set: published rows only). EXECUTE plans with the actual bands,
-- so the GIN index is used.
create function paragraphs_sharing_bands(wanted bigint[], excluded bigint[])
returns table (report_id bigint, tenant_id varchar, region_name text, section varchar, "position" int,
               bands bigint[], text text, report_status varchar, report_title text, publisher text,
               index_no text)
language plpgsql stable security definer set search_path = public, pg_temp
    -- the planner estimates `&&` with ~200 bands at a large share of the table and picks a seq scan;
    -- a band hash is nearly unique, so the index is always the right path
    set enable_seqscan = off set max_parallel_workers_per_gather = 0 as $$
begin
    return query execute
        'select s.report_id, s.tenant_id, g.name, s.section, s.position, s.bands, s.text, s.report_status,'
        || ' s.report_title, s.publisher, s.index_no'
        || ' from paragraph_signature s left join region g on g.code = s.tenant_id'
        || ' where s.bands && $1 and s.report_status <> ''WITHDRAWN'' and not (s.report_id = any ($2))'
        || ' and (s.tenant_id = current_setting(''app.tenant_id'', true) or s.report_status = ''PUBLISHED'')'
        || ' order by s.report_id, s.section, s.position'
        using wanted, excluded;
end $$;
revoke all on function paragraphs_sharing_bands(bigint[], bigint[]) from public;
grant execute on function paragraphs_sharing_bands(bigint[], bigint[]) to ${appRole};
