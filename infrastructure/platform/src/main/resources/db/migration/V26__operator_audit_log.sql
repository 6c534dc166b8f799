-- The platform's own audit log (平台运维日志): what platform operators do in tenant-admin that belongs to
-- no region (sign-ins, refused requests, exports and downloads, checks of this log), kept, hash-chained
-- and verified exactly like a region's log (V21).
--
-- Why a table of its own rather than audit_log with a reserved chain key: audit_log.tenant_id is a
-- varchar(6) foreign key to tenant (code), so a reserved key would need a made-up tenant row, which every
-- list of regions, every job that walks the tenants and the region's row-level security would then have
-- to know to skip; one forgotten place and a region user could be given, or shown, the operators' log.
-- A separate table has no tenant at all: the app role (portal) and the public role get no grant on it,
-- and row-level security admits the platform role only, so even a grant that slips later shows nothing.
--
-- The chain is the regions' chain with the chain key `platform` in place of the region code: the same
-- canonical form and hash (audit_entry_hash, AuditHashes.java: seq, tenant_id = 'platform', id, at,
-- actor, action, entity, entity_id, before, after, prev_hash), so one verifier serves both. Its head is
-- the one row of operator_audit_chain (locked `for update` while a number is taken, so writers queue and
-- seq has no gaps); retention cuts go to operator_audit_cut through operator_audit_prune (never younger
-- than 180 days), the only way an entry leaves.

create table operator_audit_log (
    id          bigserial    primary key,
    at          timestamptz  not null default now(),
    actor       text         not null,
    action      varchar(32)  not null,   -- LOGIN, REFUSED, EXPORT, DOWNLOAD, VERIFY, PRUNE
    entity      varchar(40)  not null,   -- Session, Request, Download, AuditLog
    entity_id   bigint,
    before      jsonb,
    after       jsonb,
    seq         bigint       not null,
    prev_hash   varchar(64)  not null,
    hash        varchar(64)  not null
);
create unique index operator_audit_log_chain on operator_audit_log (seq);
-- a session's sign-in is looked up once per session and instance
create index operator_audit_log_session on operator_audit_log ((after ->> 'sid')) where entity = 'Session';

create table operator_audit_chain (
    chain        varchar(16) primary key check (chain = 'platform'),
    head_seq     bigint      not null default 0,
    head_hash    varchar(64) not null default repeat('0', 64),
    anchor_seq   bigint      not null default 0,
    anchor_hash  varchar(64) not null default repeat('0', 64)
);
insert into operator_audit_chain (chain) values ('platform');

create table operator_audit_cut (
    id           bigserial   primary key,
    cut_at       timestamptz not null default now(),
    cut_by       text        not null,
    keep_days    int         not null check (keep_days >= 180),
    removed      int         not null,
    through_seq  bigint      not null,
    anchor_hash  varchar(64) not null
);

create function operator_audit_log_chain() returns trigger
language plpgsql security definer set search_path = public, pg_temp as $$
declare
    head operator_audit_chain%rowtype;
begin
    select * into head from operator_audit_chain where chain = 'platform' for update;
    new.at := coalesce(new.at, now());
    new.seq := head.head_seq + 1;
    new.prev_hash := head.head_hash;
    new.hash := audit_entry_hash(new.seq, 'platform', new.id, new.at, new.actor, new.action, new.entity,
                                 new.entity_id, new.before, new.after, new.prev_hash);
    update operator_audit_chain set head_seq = new.seq, head_hash = new.hash where chain = 'platform';
    return new;
end $$;
revoke all on function operator_audit_log_chain() from public;
create trigger operator_audit_log_chain before insert on operator_audit_log
    for each row execute function operator_audit_log_chain();

-- the regions' guard, now naming the table it guards
create or replace function audit_log_append_only() returns trigger
language plpgsql as $$
begin
    if not pg_has_role(current_user, (select relowner from pg_class where oid = tg_relid), 'MEMBER') then
        raise exception '审计记录只能追加，不能修改或删除 (% is append-only: % refused for %)', tg_table_name, tg_op,
            current_user using errcode = '42501';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;
create trigger operator_audit_log_append_only before update or delete on operator_audit_log
    for each row execute function audit_log_append_only();
create trigger operator_audit_log_no_truncate before truncate on operator_audit_log
    for each statement execute function audit_log_append_only();

-- Removes the oldest entries older than keep_days (never fewer than 180), a whole prefix of the chain, and
-- records the cut; returns how many were removed. As audit_prune does for a region.
create function operator_audit_prune(p_keep_days int, p_by text) returns int
language plpgsql security definer set search_path = public, pg_temp as $$
declare
    head operator_audit_chain%rowtype;
    through bigint;
    anchor varchar(64);
    removed int;
begin
    if p_keep_days is null or p_keep_days < 180 then
        raise exception '审计记录至少保留 180 天，% 天被拒绝 (audit entries are kept at least 180 days; % refused)',
            p_keep_days, p_keep_days using errcode = '22023';
    end if;
    select * into head from operator_audit_chain where chain = 'platform' for update;
    select coalesce(min(seq), head.head_seq + 1) - 1 into through from operator_audit_log
     where seq > head.anchor_seq and at >= now() - make_interval(days => p_keep_days);
    if through <= head.anchor_seq then
        return 0;
    end if;
    select hash into anchor from operator_audit_log where seq = through;
    delete from operator_audit_log where seq <= through;
    get diagnostics removed = row_count;
    update operator_audit_chain set anchor_seq = through, anchor_hash = anchor where chain = 'platform';
    insert into operator_audit_cut (cut_by, keep_days, removed, through_seq, anchor_hash)
    values (p_by, p_keep_days, removed, through, anchor);
    return removed;
end $$;
revoke all on function operator_audit_prune(int, text) from public;
grant execute on function operator_audit_prune(int, text) to ${platformRole};

-- The platform role reads and appends; nobody else is granted anything, and row-level security admits the
-- platform role alone.
revoke all on operator_audit_log, operator_audit_chain, operator_audit_cut from public;
revoke all on operator_audit_log, operator_audit_chain, operator_audit_cut from ${appRole}, ${publicRole};
grant select, insert on operator_audit_log to ${platformRole};
grant usage, select on sequence operator_audit_log_id_seq to ${platformRole};
grant select on operator_audit_chain, operator_audit_cut to ${platformRole};
alter table operator_audit_log enable row level security;
alter table operator_audit_log force row level security;
alter table operator_audit_chain enable row level security;
alter table operator_audit_chain force row level security;
alter table operator_audit_cut enable row level security;
alter table operator_audit_cut force row level security;
create policy platform_only on operator_audit_log to ${platformRole} using (true) with check (true);
create policy platform_only on operator_audit_chain for select to ${platformRole} using (true);
create policy platform_only on operator_audit_cut for select to ${platformRole} using (true);
