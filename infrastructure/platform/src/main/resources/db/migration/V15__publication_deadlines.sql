-- 公开时限: the finance bureau's publication deadline per fiscal year and report kind, the reminders sent
-- before it (once per deadline, department and threshold), the region's reminder thresholds, and the
-- e-mail address each department's reminders go to. Every table is a region's, under both locks.
-- The public site reads the deadlines, the working calendar and the approved evaluations' dates to show
-- each region's publication record (public information: what was due, when, and whether it came).

create table publication_deadline (
    id           bigserial    primary key,
    tenant_id    varchar(6)   not null references tenant (code),
    fiscal_year  int          not null check (fiscal_year between 2000 and 2100),
    kind         varchar(16)  not null check (kind in ('SELF', 'THIRD_PARTY', 'FINANCE_REVIEW')),
    due_on       date         not null,
    -- who owes a report: EVALUATED = departments with an approved evaluation (or a report) of this year
    -- and kind; BUDGET_UNITS = those and every bureau and centre of the region (部门整体自评)
    applies_to   varchar(16)  not null default 'EVALUATED' check (applies_to in ('EVALUATED', 'BUDGET_UNITS')),
    note         text,
    created_by   text         not null,
    created_at   timestamptz  not null default now(),
    updated_by   text         not null,
    updated_at   timestamptz  not null default now(),
    version      int          not null default 0,
    check (due_on > make_date(fiscal_year, 1, 1)),
    unique (tenant_id, fiscal_year, kind)
);

create table publication_reminder (
    id             bigserial    primary key,
    tenant_id      varchar(6)   not null references tenant (code),
    deadline_id    bigint       not null references publication_deadline (id) on delete cascade,
    department_id  bigint       not null references department (id),
    threshold_days int          not null check (threshold_days between 1 and 90),
    due_on         date         not null,
    sent_at        timestamptz  not null default now(),
    mailed_to      text,        -- the address mailed, null when no mail went out (no server or no address)
    unique (tenant_id, deadline_id, department_id, threshold_days)
);

create table publication_setting (
    tenant_id      varchar(6)   primary key references tenant (code),
    reminder_days  int[]        not null default '{10,3}'
        check (cardinality(reminder_days) between 1 and 5 and 1 <= all (reminder_days) and 90 >= all (reminder_days)),
    version        int          not null default 0
);

create table publication_contact (
    tenant_id      varchar(6)   not null references tenant (code),
    department_id  bigint       not null references department (id),
    email          text         not null check (email ~ '^[^@\s]+@[^@\s]+$'),
    updated_by     text         not null,
    updated_at     timestamptz  not null default now(),
    version        int          not null default 0,
    primary key (tenant_id, department_id)
);

grant select, insert, update, delete on publication_deadline, publication_reminder, publication_setting,
    publication_contact to ${appRole};
grant usage, select on sequence publication_deadline_id_seq, publication_reminder_id_seq to ${appRole};

do $$
declare t text;
begin
    foreach t in array array['publication_deadline', 'publication_reminder', 'publication_setting',
                             'publication_contact'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format($p$create policy tenant_isolation on %I to ${appRole}
            using (tenant_id = current_setting('app.tenant_id', true))
            with check (tenant_id = current_setting('app.tenant_id', true))$p$, t);
        -- the offboarding export reads every region table (V11)
        execute format('grant select on %I to ${platformRole}', t);
        execute format('create policy platform_exports on %I for select to ${platformRole} using (true)', t);
    end loop;
end $$;

-- a city reads its counties' deadlines (read-only, by grant: V12)
create policy read_down on publication_deadline for select to ${appRole}
    using (tenant_id in (select read_down_tenants()));

-- The public record: deadlines, the calendar they are counted in, and which evaluations were approved
-- when (only those columns, only approved ones), and each department's kind (bureaus owe self-evaluations).
grant select on publication_deadline to ${publicRole};
create policy public_reads_deadlines on publication_deadline for select to ${publicRole} using (true);
grant select on working_calendar_day to ${publicRole};
create policy public_reads_calendar on working_calendar_day for select to ${publicRole} using (true);
grant select (id, tenant_id, department_id, year, kind, status, decided_at) on evaluation to ${publicRole};
create policy public_reads_approvals on evaluation for select to ${publicRole} using (status = 'APPROVED');
grant select (kind) on department to ${publicRole};
