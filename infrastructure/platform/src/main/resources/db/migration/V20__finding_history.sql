-- V20: a finding's history (issue 12, item 6): every change of its state or severity, with when and who,
-- written in the same transaction as the change.
--   OPENED    found for the first time (by the checks)
--   EXPLAINED a finance reviewer explained it (the explanation kept in note)
--   FIXED     the checks no longer find it
--   REOPENED  found again after it was fixed
--   SEVERITY  its severity changed (the region raised or lowered the rule; previous_severity kept)
-- actor: the user who made the change; null = 系统检查 (the checks).
create table finding_event (
    id                bigserial    primary key,
    tenant_id         varchar(6)   not null references tenant (code),
    finding_id        bigint       not null references finding (id) on delete cascade,
    kind              varchar(12)  not null check (kind in ('OPENED', 'EXPLAINED', 'FIXED', 'REOPENED', 'SEVERITY')),
    at                timestamptz  not null default now(),
    actor             text,
    state             varchar(12)  not null check (state in ('OPEN', 'EXPLAINED', 'FIXED')),
    severity          varchar(12)  not null check (severity in ('BLOCKING', 'WARNING')),
    previous_severity varchar(12)  check (previous_severity in ('BLOCKING', 'WARNING')),
    note              text,
    check (kind <> 'EXPLAINED' or note is not null),
    check (kind <> 'SEVERITY' or previous_severity is not null)
);
create index finding_event_tenant_finding on finding_event (tenant_id, finding_id, id);

grant select, insert on finding_event to ${appRole};
grant usage, select on sequence finding_event_id_seq to ${appRole};
grant select on finding_event to ${platformRole};

alter table finding_event enable row level security;
alter table finding_event force row level security;
create policy tenant_isolation on finding_event to ${appRole}
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
-- the offboarding export reads every region table (V11)
create policy platform_exports on finding_event for select to ${platformRole} using (true);
-- a city reads its counties' findings (V12, V13), and so their history
create policy read_down on finding_event for select to ${appRole}
    using (tenant_id in (select read_down_tenants()));
