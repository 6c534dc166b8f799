-- Kiosk inventory (政务自助终端): service points, device types, devices with their dated lifecycle,
-- acceptance, documents, faults, daily use, and the working-day calendar that acceptance deadlines
-- are counted in.

-- A contract's acceptance terms in a form the product can compute with (the free text stays in
-- acceptance_terms): a trial period (ISO-8601, e.g. P1M) then so many working days to accept.
alter table contract add column trial_period varchar(16);
alter table contract add column acceptance_working_days int check (acceptance_working_days >= 0);

-- The unit that signs off kiosks' network hook-up (seed 000: the big-data centre, 大数据中心).
alter table tenant_setting add column kiosk_network_department_id bigint references department (id);

-- 法定节假日 and 调休: days off on weekdays (HOLIDAY) and weekend days worked (WORKDAY), per region.
create table working_calendar_day (
    tenant_id varchar(6)  not null references tenant (code),
    day       date        not null,
    kind      varchar(8)  not null check (kind in ('HOLIDAY', 'WORKDAY')),
    name      text        not null,
    primary key (tenant_id, day)
);

create table service_point (
    id                        bigserial     primary key,
    tenant_id                 varchar(6)    not null references tenant (code),
    code                      varchar(40)   not null,
    name                      text          not null,
    address                   text          not null,
    community                 text,
    longitude                 numeric(9,6)  check (longitude between -180 and 180),
    latitude                  numeric(8,6)  check (latitude between -90 and 90),
    open_24h                  boolean       not null default false,
    opening_hours             text,
    status                    varchar(20)   not null default 'PLANNED'
        check (status in ('PLANNED', 'UNDER_CONSTRUCTION', 'IN_SERVICE', 'CLOSED')),
    construction_started_on   date,
    opened_on                 date,
    expected_open_on          date,
    closed_on                 date,
    responsible_department_id bigint        references department (id),
    version                   int           not null default 0,
    unique (tenant_id, code)
);
create index service_point_tenant_responsible on service_point (tenant_id, responsible_department_id);

create table device_type (
    id        bigserial   primary key,
    tenant_id varchar(6)  not null references tenant (code),
    name      text        not null,
    services  text[]      not null default '{}',   -- the 功能 column: the services it offers
    version   int         not null default 0,
    unique (tenant_id, name)
);

-- The lifecycle dates sit on the row so the summary is one pass over devices; device_event keeps
-- who recorded each step and when.
create table device (
    id                     bigserial     primary key,
    tenant_id              varchar(6)    not null references tenant (code),
    code                   varchar(60)   not null,           -- 设备编号, what usage exports name
    type_id                bigint        not null references device_type (id),
    model                  text,
    serial_no              varchar(80),
    vendor                 text,
    price                  numeric(16,6) check (price >= 0), -- 万元
    department_id          bigint        not null references department (id), -- the buyer
    contract_id            bigint        references contract (id),
    point_id               bigint        references service_point (id),
    status                 varchar(12)   not null default 'ORDERED'
        check (status in ('ORDERED', 'DELIVERED', 'INSTALLED', 'TRIAL_RUN', 'ACCEPTED', 'IN_SERVICE', 'FAULTY', 'RETIRED')),
    ordered_on             date          not null,
    delivered_on           date,
    installed_on           date,
    trial_started_on       date,
    accepted_on            date,
    in_service_on          date,
    retired_on             date,
    acceptance_result      varchar(8)    check (acceptance_result in ('PASSED', 'FAILED')),
    acceptance_note        text,
    network_signed_off_on  date,                              -- 联网验收 by the big-data centre
    network_signed_off_by  text,
    paid_on                date,                              -- when the device was paid for, if known
    version                int           not null default 0,
    unique (tenant_id, code)
);
create index device_tenant_point on device (tenant_id, point_id);
create index device_tenant_type on device (tenant_id, type_id);
create index device_tenant_department on device (tenant_id, department_id);
create index device_tenant_contract on device (tenant_id, contract_id);

create table device_event (
    id          bigserial    primary key,
    tenant_id   varchar(6)   not null references tenant (code),
    device_id   bigint       not null references device (id) on delete cascade,
    status      varchar(12)  not null,
    on_date     date         not null,
    actor       text         not null,
    recorded_at timestamptz  not null default now(),
    note        text
);
create index device_event_tenant_device on device_event (tenant_id, device_id, on_date, id);

create table device_document (
    id           bigserial    primary key,
    tenant_id    varchar(6)   not null references tenant (code),
    device_id    bigint       not null references device (id) on delete cascade,
    kind         varchar(20)  not null check (kind in ('ACCEPTANCE', 'NETWORK_SIGN_OFF', 'DELIVERY', 'OTHER')),
    file_name    text         not null,
    content_type text         not null,
    size_bytes   bigint       not null check (size_bytes >= 0),
    object_key   text         not null,
    sha256       varchar(64)  not null,
    uploaded_by  text         not null,
    uploaded_at  timestamptz  not null default now()
);
create index device_document_tenant_device on device_document (tenant_id, device_id);

create table device_fault (
    id          bigserial    primary key,
    tenant_id   varchar(6)   not null references tenant (code),
    device_id   bigint       not null references device (id) on delete cascade,
    opened_on   date         not null,
    closed_on   date,
    description text         not null,
    reported_by text         not null,
    closed_by   text,
    resolution  text,
    version     int          not null default 0,
    check (closed_on is null or closed_on >= opened_on)
);
create index device_fault_tenant_device on device_fault (tenant_id, device_id);

-- Daily transaction counts (办件量) as the vendors export them; device_usage_year is kept in step by
-- every import so the summary never scans the daily rows.
create table device_usage (
    tenant_id    varchar(6)  not null,
    device_id    bigint      not null references device (id) on delete cascade,
    day          date        not null,
    transactions int         not null check (transactions >= 0),
    primary key (device_id, day)
);
create index device_usage_tenant_day on device_usage (tenant_id, day);

create table device_usage_year (
    tenant_id    varchar(6)  not null,
    device_id    bigint      not null references device (id) on delete cascade,
    year         int         not null,
    transactions bigint      not null,
    days         int         not null,
    primary key (device_id, year)
);
create index device_usage_year_tenant on device_usage_year (tenant_id, year);

grant select, insert, update, delete on working_calendar_day, service_point, device_type, device, device_event,
    device_document, device_fault, device_usage, device_usage_year to ${appRole};
grant usage, select on sequence service_point_id_seq, device_type_id_seq, device_id_seq, device_event_id_seq,
    device_document_id_seq, device_fault_id_seq to ${appRole};

do $$
declare t text;
begin
    foreach t in array array['working_calendar_day', 'service_point', 'device_type', 'device', 'device_event',
                             'device_document', 'device_fault', 'device_usage', 'device_usage_year'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format($p$create policy tenant_isolation on %I to ${appRole}
            using (tenant_id = current_setting('app.tenant_id', true))
            with check (tenant_id = current_setting('app.tenant_id', true))$p$, t);
    end loop;
end $$;
