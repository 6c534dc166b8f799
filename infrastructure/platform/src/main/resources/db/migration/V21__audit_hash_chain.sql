-- Audit you can trust (等保 2.0 level 3; 网络安全法 Art. 21: logs kept at least six months).
--
-- 1. Every audit_log row joins its region's hash chain when it is inserted, in the inserting
--    transaction: `seq` (1, 2, 3 … per region, without gaps), `prev_hash` (the hash of the region's
--    previous entry) and `hash` = sha-256 over the canonical form of the entry (below). The trigger
--    does it, so every writer (portal, tenant-admin, a DBA's insert) is chained the same way; the
--    region's head row in audit_chain is locked `for update` while the number is taken, so concurrent
--    writers of one region queue there (as report_index_counter does for 索引号) and the numbers have
--    no gaps. Regions never wait for each other.
-- 2. The log is append-only: the app and platform roles may only insert and read; a trigger refuses
--    UPDATE and DELETE to anyone but the table's owner, even if a later grant slipped.
-- 3. Retention: audit_prune() (owner rights) removes a region's oldest entries, never any younger than
--    180 days, records the cut in audit_cut and moves the chain's anchor to the last removed entry,
--    so the rest still verifies.
--
-- Canonical form (what an outside verifier rebuilds; see infrastructure/deploy/README.md "Audit"):
-- the line `jixiao-audit-v1`, then one line per field in this order: seq, tenant_id, id, at (UTC,
-- `YYYY-MM-DDTHH:MM:SS.ffffffZ`), actor, action, entity, entity_id, before, after (both as PostgreSQL
-- prints jsonb), prev_hash; each field written as `<bytes in UTF-8>:<value>`, a null as `~`; lines end
-- with \n. hash = lower-case hex sha-256 of that text in UTF-8. The first prev_hash of a region is 64 zeros.

alter table audit_log add column seq bigint, add column prev_hash varchar(64), add column hash varchar(64);

create table audit_chain (
    tenant_id    varchar(6)  primary key references tenant (code),
    head_seq     bigint      not null default 0,                 -- the last entry's seq
    head_hash    varchar(64) not null default repeat('0', 64),   -- the last entry's hash
    anchor_seq   bigint      not null default 0,                 -- entries up to here were removed by retention
    anchor_hash  varchar(64) not null default repeat('0', 64)    -- the hash of the last removed entry
);

create table audit_cut (
    id           bigserial   primary key,
    tenant_id    varchar(6)  not null references tenant (code),
    cut_at       timestamptz not null default now(),
    cut_by       text        not null,
    keep_days    int         not null check (keep_days >= 180),
    removed      int         not null,
    through_seq  bigint      not null,   -- the last removed entry
    anchor_hash  varchar(64) not null    -- its hash: the next entry's prev_hash
);
create index audit_cut_tenant on audit_cut (tenant_id, cut_at desc);

create function audit_field(v text) returns text
language sql immutable as $$
    select case when v is null then '~' else octet_length(v)::text || ':' || v end
$$;

create function audit_entry_hash(p_seq bigint, p_tenant varchar, p_id bigint, p_at timestamptz, p_actor text,
                                 p_action varchar, p_entity varchar, p_entity_id bigint, p_before jsonb,
                                 p_after jsonb, p_prev varchar)
returns varchar
language sql stable set search_path = public, pg_temp as $$
    select encode(sha256(convert_to(
        'jixiao-audit-v1' || E'\n'
        || audit_field(p_seq::text) || E'\n'
        || audit_field(p_tenant) || E'\n'
        || audit_field(p_id::text) || E'\n'
        || audit_field(to_char(p_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')) || E'\n'
        || audit_field(p_actor) || E'\n'
        || audit_field(p_action) || E'\n'
        || audit_field(p_entity) || E'\n'
        || audit_field(p_entity_id::text) || E'\n'
        || audit_field(p_before::text) || E'\n'
        || audit_field(p_after::text) || E'\n'
        || audit_field(p_prev) || E'\n', 'UTF8')), 'hex')
$$;

-- Existing rows join the chain here, region by region in the order they were written (id). Done in the
-- migration rather than at start: it runs once, under Flyway's lock, before any instance serves, so no
-- writer can slip an unchained row in, and several instances never race to backfill.
do $$
declare
    r record;
    current_tenant varchar(6) := null;
    n bigint := 0;
    prev varchar(64);
    h varchar(64);
begin
    for r in select * from audit_log order by tenant_id, id loop
        if current_tenant is distinct from r.tenant_id then
            if current_tenant is not null then
                insert into audit_chain (tenant_id, head_seq, head_hash) values (current_tenant, n, prev);
            end if;
            current_tenant := r.tenant_id;
            n := 0;
            prev := repeat('0', 64);
        end if;
        n := n + 1;
        h := audit_entry_hash(n, r.tenant_id, r.id, r.at, r.actor, r.action, r.entity, r.entity_id, r.before,
                              r.after, prev);
        update audit_log set seq = n, prev_hash = prev, hash = h where id = r.id;
        prev := h;
    end loop;
    if current_tenant is not null then
        insert into audit_chain (tenant_id, head_seq, head_hash) values (current_tenant, n, prev);
    end if;
end $$;

alter table audit_log alter column seq set not null, alter column prev_hash set not null,
    alter column hash set not null;
create unique index audit_log_chain on audit_log (tenant_id, seq);

create function audit_log_chain() returns trigger
language plpgsql security definer set search_path = public, pg_temp as $$
declare
    head audit_chain%rowtype;
begin
    select * into head from audit_chain where tenant_id = new.tenant_id for update;
    if not found then -- the region's first entry: two first writers agree on one head row
        insert into audit_chain (tenant_id) values (new.tenant_id) on conflict (tenant_id) do nothing;
        select * into head from audit_chain where tenant_id = new.tenant_id for update;
    end if;
    new.at := coalesce(new.at, now());
    new.seq := head.head_seq + 1;
    new.prev_hash := head.head_hash;
    new.hash := audit_entry_hash(new.seq, new.tenant_id, new.id, new.at, new.actor, new.action, new.entity,
                                 new.entity_id, new.before, new.after, new.prev_hash);
    update audit_chain set head_seq = new.seq, head_hash = new.hash where tenant_id = new.tenant_id;
    return new;
end $$;
revoke all on function audit_log_chain() from public;
create trigger audit_log_chain before insert on audit_log for each row execute function audit_log_chain();

create function audit_log_append_only() returns trigger
language plpgsql as $$
begin
    if not pg_has_role(current_user, (select relowner from pg_class where oid = tg_relid), 'MEMBER') then
        raise exception '审计记录只能追加，不能修改或删除 (audit_log is append-only: % refused for %)', tg_op, current_user
            using errcode = '42501';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;
create trigger audit_log_append_only before update or delete on audit_log
    for each row execute function audit_log_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_append_only();

revoke update, delete, truncate on audit_log from ${appRole}, ${platformRole};

-- Removes a region's entries older than keep_days (never fewer than 180), whole from the chain's start,
-- and records the cut. Returns how many entries were removed.
create function audit_prune(p_tenant varchar, p_keep_days int, p_by text) returns int
language plpgsql security definer set search_path = public, pg_temp as $$
declare
    head audit_chain%rowtype;
    through bigint;
    anchor varchar(64);
    removed int;
begin
    if p_keep_days is null or p_keep_days < 180 then
        raise exception '审计记录至少保留 180 天，% 天被拒绝 (audit entries are kept at least 180 days; % refused)',
            p_keep_days, p_keep_days using errcode = '22023';
    end if;
    select * into head from audit_chain where tenant_id = p_tenant for update;
    if not found then
        return 0;
    end if;
    -- the cut ends before the first entry that is young enough, so the chain's start moves, nothing else
    select coalesce(min(seq), head.head_seq + 1) - 1 into through from audit_log
     where tenant_id = p_tenant and seq > head.anchor_seq and at >= now() - make_interval(days => p_keep_days);
    if through <= head.anchor_seq then
        return 0;
    end if;
    select hash into anchor from audit_log where tenant_id = p_tenant and seq = through;
    delete from audit_log where tenant_id = p_tenant and seq <= through;
    get diagnostics removed = row_count;
    update audit_chain set anchor_seq = through, anchor_hash = anchor where tenant_id = p_tenant;
    insert into audit_cut (tenant_id, cut_by, keep_days, removed, through_seq, anchor_hash)
    values (p_tenant, p_by, p_keep_days, removed, through, anchor);
    return removed;
end $$;
revoke all on function audit_prune(varchar, int, text) from public;
grant execute on function audit_prune(varchar, int, text) to ${platformRole};

-- Each region reads its own chain head and cuts (the export names them); platform operators read all.
grant select on audit_chain, audit_cut to ${appRole}, ${platformRole};
alter table audit_chain enable row level security;
alter table audit_chain force row level security;
alter table audit_cut enable row level security;
alter table audit_cut force row level security;
create policy tenant_isolation on audit_chain for select to ${appRole}
    using (tenant_id = current_setting('app.tenant_id', true));
create policy tenant_isolation on audit_cut for select to ${appRole}
    using (tenant_id = current_setting('app.tenant_id', true));
create policy platform_across_tenants on audit_chain for select to ${platformRole} using (true);
create policy platform_across_tenants on audit_cut for select to ${platformRole} using (true);
