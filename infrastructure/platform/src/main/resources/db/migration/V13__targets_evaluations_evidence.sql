-- Performance targets (绩效目标表), indicator templates (指标体系), evaluations (绩效评价) with their
-- indicators, items, review steps and sign-offs, the findings of the checks, and evidence files
-- (佐证资料) linked to whatever record they prove. Every table is a region's, under both locks.

-- 指标体系: a region's templates. A template's indicators form a tree of three levels; only level-3
-- indicators (leaves) carry a scoring rule. Ready-made templates (national defaults, the seeds'
-- systems) are copied in from the portal's built-in library, marked by builtin_code.
create table indicator_template (
    id              bigserial    primary key,
    tenant_id       varchar(6)   not null references tenant (code),
    name            text         not null,
    subject_kind    varchar(16)  not null check (subject_kind in ('PROJECT', 'DEPARTMENT')),
    evaluation_kind varchar(16)  check (evaluation_kind in ('SELF', 'THIRD_PARTY', 'FINANCE_REVIEW')),
    description     text,
    builtin_code    varchar(40),
    active          boolean      not null default true,
    created_by      text         not null,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    version         int          not null default 0,
    unique (tenant_id, name)
);

create table template_indicator (
    id                bigserial     primary key,
    tenant_id         varchar(6)    not null references tenant (code),
    template_id       bigint        not null references indicator_template (id) on delete cascade,
    parent_id         bigint        references template_indicator (id) on delete cascade,
    level             smallint      not null check (level between 1 and 3),
    position          int           not null default 0,
    name              text          not null,
    weight            numeric(8,2)  not null check (weight >= 0),
    -- leaves only: how the score is found (PROPORTIONAL, BANDS, RECORD, YES_NO, CHECKLIST, MANUAL)
    rule              varchar(16)   check (rule in ('PROPORTIONAL', 'BANDS', 'RECORD', 'YES_NO', 'CHECKLIST', 'MANUAL')),
    rule_params       jsonb,
    record_key        varchar(40),  -- RECORD rules: which figure of the records (e.g. BUDGET_EXECUTION_RATE)
    evidence_required boolean       not null default false,
    description       text,         -- 具体指标 / 指标内容
    criteria          text,         -- 评价标准
    check (level = 1 and parent_id is null or level > 1 and parent_id is not null)
);
create index template_indicator_tenant_template on template_indicator (tenant_id, template_id, level, position);

-- 绩效目标表: one row per version. A change after approval is a new version (version_no + 1) with its
-- reason; the approved one before it becomes SUPERSEDED. project_id null = the department's whole spending.
create table performance_target (
    id              bigserial    primary key,
    tenant_id       varchar(6)   not null references tenant (code),
    department_id   bigint       not null references department (id),
    project_id      bigint       references project (id),
    year            int          not null check (year between 2000 and 2100),
    version_no      int          not null default 1 check (version_no >= 1),
    previous_id     bigint       references performance_target (id),
    change_reason   text,
    status          varchar(16)  not null default 'DRAFT'
        check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'SUPERSEDED')),
    overall_goal    text,        -- 年度总体目标 (or the project's overall goal)
    year_goal       text,        -- 本年度目标
    project_nature  varchar(12)  check (project_nature in ('NEW', 'CONTINUING')),  -- 项目属性 新增/延续
    total_funds     numeric(16,6) check (total_funds >= 0),   -- 万元
    fiscal_funds    numeric(16,6) check (fiscal_funds >= 0),  -- of which 财政拨款
    other_funds     numeric(16,6) check (other_funds >= 0),   -- of which 其他资金
    created_by      text         not null,
    created_at      timestamptz  not null default now(),
    submitted_by    text,
    submitted_at    timestamptz,
    decided_by      text,
    decided_at      timestamptz,
    decision_note   text,
    version         int          not null default 0,
    check (version_no = 1 or change_reason is not null)
);
create unique index performance_target_version on performance_target
    (tenant_id, department_id, coalesce(project_id, 0), year, version_no);
create index performance_target_tenant_year on performance_target (tenant_id, year);

create table target_indicator (
    id           bigserial     primary key,
    tenant_id    varchar(6)    not null references tenant (code),
    target_id    bigint        not null references performance_target (id) on delete cascade,
    position     int           not null default 0,
    level1       text          not null,   -- 一级指标, e.g. 产出指标
    level2       text          not null,   -- 二级指标, e.g. 数量指标
    name         text          not null,   -- 三级指标 / 指标内容
    comparator   varchar(2)    check (comparator in ('>=', '<=', '=', '>', '<')),
    target_value numeric(20,6),
    target_text  text,                     -- a qualitative target (e.g. 实现政务4.0)
    unit         text
);
create index target_indicator_tenant_target on target_indicator (tenant_id, target_id, position);

-- 实施计划: each step with its planned start and finish, and the deliverable it names.
create table target_plan_step (
    id              bigserial   primary key,
    tenant_id       varchar(6)  not null references tenant (code),
    target_id       bigint      not null references performance_target (id) on delete cascade,
    position        int         not null default 0,
    name            text        not null,
    deliverable     text,
    planned_start   date,
    planned_finish  date,
    actual_finish   date,
    check (planned_finish is null or planned_start is null or planned_finish >= planned_start)
);
create index target_plan_step_tenant_target on target_plan_step (tenant_id, target_id, position);

create table target_event (
    id          bigserial    primary key,
    tenant_id   varchar(6)   not null references tenant (code),
    target_id   bigint       not null references performance_target (id) on delete cascade,
    action      varchar(16)  not null check (action in ('CREATED', 'SUBMITTED', 'RETURNED', 'APPROVED', 'REVISED')),
    actor       text         not null,
    at          timestamptz  not null default now(),
    comment     text
);
create index target_event_tenant_target on target_event (tenant_id, target_id, at);

-- 绩效评价: of a project (project_id) or a department's whole spending (project_id null), per year and
-- kind. The template is copied into evaluation_indicator when it starts; total_score and grade are the
-- product's computation, stored for lists and refreshed on every save (scored_at null: not yet computed).
create table evaluation (
    id              bigserial     primary key,
    tenant_id       varchar(6)    not null references tenant (code),
    department_id   bigint        not null references department (id),
    project_id      bigint        references project (id),
    year            int           not null check (year between 2000 and 2100),
    kind            varchar(16)   not null check (kind in ('SELF', 'THIRD_PARTY', 'FINANCE_REVIEW')),
    status          varchar(16)   not null default 'DRAFT' check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED')),
    template_id     bigint        references indicator_template (id) on delete set null,
    template_name   text,
    target_id       bigint        references performance_target (id),
    overall_goal    text,         -- 预期目标 (from the approved target)
    goal_achieved   text,         -- 实际完成情况
    evaluator_alias text,         -- third-party: the firm's organization alias, when one is assigned
    evaluator_name  text,         -- 评价机构
    report_date     date,
    total_score     numeric(8,2),
    grade           varchar(12)   check (grade in ('EXCELLENT', 'GOOD', 'FAIR', 'POOR')),
    scored_at       timestamptz,
    created_by      text          not null,
    created_at      timestamptz   not null default now(),
    updated_at      timestamptz   not null default now(),
    submitted_by    text,
    submitted_at    timestamptz,
    decided_by      text,
    decided_at      timestamptz,
    version         int           not null default 0
);
create unique index evaluation_subject_year_kind on evaluation
    (tenant_id, department_id, coalesce(project_id, 0), year, kind);
create index evaluation_tenant_year on evaluation (tenant_id, year);

create table evaluation_indicator (
    id                bigserial     primary key,
    tenant_id         varchar(6)    not null references tenant (code),
    evaluation_id     bigint        not null references evaluation (id) on delete cascade,
    parent_id         bigint        references evaluation_indicator (id) on delete cascade,
    level             smallint      not null check (level between 1 and 3),
    position          int           not null default 0,
    name              text          not null,
    weight            numeric(8,2)  not null check (weight >= 0),
    rule              varchar(16)   check (rule in ('PROPORTIONAL', 'BANDS', 'RECORD', 'YES_NO', 'CHECKLIST', 'MANUAL')),
    rule_params       jsonb,
    record_key        varchar(40),
    evidence_required boolean       not null default false,
    description       text,
    criteria          text,
    target_indicator_id bigint      references target_indicator (id) on delete set null,
    comparator        varchar(2)    check (comparator in ('>=', '<=', '=', '>', '<')),
    target_value      numeric(20,6),
    target_text       text,
    unit              text,
    actual_value      numeric(20,6),
    actual_text       text,
    checked_items     jsonb,        -- CHECKLIST: the indices of the criteria met; YES_NO: [0] when met
    computed_score    numeric(8,2), -- what the rule gives (null when the rule cannot decide)
    manual_score      numeric(8,2) check (manual_score >= 0),  -- a hand-entered score …
    score_reason      text,                                     -- … always says why
    deviation_reason  text,         -- 偏差原因分析及改进措施
    version           int           not null default 0,
    check (manual_score is null or score_reason is not null and length(trim(score_reason)) > 0),
    check (level = 1 and parent_id is null or level > 1 and parent_id is not null)
);
create index evaluation_indicator_tenant_evaluation on evaluation_indicator (tenant_id, evaluation_id, level, position);

-- 存在问题 / 建议 / 整改: rectification items have an owner, a due date and a state; an open one is
-- carried into the next year's evaluation of the same subject (carried_from_id).
create table evaluation_item (
    id                  bigserial    primary key,
    tenant_id           varchar(6)   not null references tenant (code),
    evaluation_id       bigint       not null references evaluation (id) on delete cascade,
    kind                varchar(16)  not null check (kind in ('PROBLEM', 'SUGGESTION', 'RECTIFICATION')),
    position            int          not null default 0,
    text                text         not null,
    owner_department_id bigint       references department (id),
    owner_name          text,
    due_on              date,
    status              varchar(16)  check (status in ('OPEN', 'IN_PROGRESS', 'DONE', 'DROPPED')),
    done_on             date,
    note                text,
    carried_from_id     bigint       references evaluation_item (id) on delete set null,
    version             int          not null default 0,
    check (kind <> 'RECTIFICATION' or status is not null)
);
create index evaluation_item_tenant_evaluation on evaluation_item (tenant_id, evaluation_id, kind, position);

create table evaluation_event (
    id            bigserial    primary key,
    tenant_id     varchar(6)   not null references tenant (code),
    evaluation_id bigint       not null references evaluation (id) on delete cascade,
    action        varchar(16)  not null check (action in ('CREATED', 'SUBMITTED', 'RETURNED', 'APPROVED')),
    actor         text         not null,
    actor_name    text,
    at            timestamptz  not null default now(),
    comment       text
);
create index evaluation_event_tenant_evaluation on evaluation_event (tenant_id, evaluation_id, at);

-- 评价人员: name, title, unit (seed 003's block); one of them leads the group.
create table evaluation_evaluator (
    id            bigserial    primary key,
    tenant_id     varchar(6)   not null references tenant (code),
    evaluation_id bigint       not null references evaluation (id) on delete cascade,
    position      int          not null default 0,
    name          text         not null,
    title         text,
    unit          text,
    leader        boolean      not null default false
);
create index evaluation_evaluator_tenant_evaluation on evaluation_evaluator (tenant_id, evaluation_id);

-- 项目单位意见 / 主管部门意见 / 财政部门意见: one opinion per role, signed and dated.
create table evaluation_opinion (
    id            bigserial    primary key,
    tenant_id     varchar(6)   not null references tenant (code),
    evaluation_id bigint       not null references evaluation (id) on delete cascade,
    role          varchar(24)  not null check (role in ('PROJECT_UNIT', 'COMPETENT_DEPARTMENT', 'FINANCE')),
    opinion       text         not null,
    signer        text         not null,
    signed_on     date         not null,
    recorded_by   text         not null,
    version       int          not null default 0,
    unique (tenant_id, evaluation_id, role)
);

-- 核查发现: what a check found, kept so a finance reviewer can list, filter and explain them. A
-- recomputation updates the rows of a subject (same code and subject_key), keeps the explanation, and
-- marks what is no longer found as FIXED.
create table finding (
    id             bigserial    primary key,
    tenant_id      varchar(6)   not null references tenant (code),
    evaluation_id  bigint       references evaluation (id) on delete cascade,
    target_id      bigint       references performance_target (id) on delete cascade,
    department_id  bigint       references department (id),
    year           int,
    code           varchar(48)  not null,
    severity       varchar(12)  not null check (severity in ('BLOCKING', 'WARNING')),
    subject_key    text         not null default '',   -- what inside the subject, e.g. "indicator:123"
    message        text         not null,
    evidence       jsonb,
    state          varchar(12)  not null default 'OPEN' check (state in ('OPEN', 'EXPLAINED', 'FIXED')),
    explanation    text,
    explained_by   text,
    explained_at   timestamptz,
    first_seen_at  timestamptz  not null default now(),
    last_seen_at   timestamptz  not null default now(),
    version        int          not null default 0,
    check (state <> 'EXPLAINED' or explanation is not null)
);
create unique index finding_subject on finding
    (tenant_id, coalesce(evaluation_id, 0), coalesce(target_id, 0), code, subject_key);
create index finding_tenant_year on finding (tenant_id, year, state);

-- 佐证资料: a file proving an indicator, an evaluation, a rectification item, a target, a contract or a
-- device. A new version keeps the old (same lineage_id, version_no + 1, the old one current = false).
-- The scanner's verdict must be CLEAN before the file can be published.
create table evidence_file (
    id             bigserial    primary key,
    tenant_id      varchar(6)   not null references tenant (code),
    owner_kind     varchar(16)  not null
        check (owner_kind in ('EVALUATION', 'INDICATOR', 'ITEM', 'TARGET', 'CONTRACT', 'DEVICE')),
    owner_id       bigint       not null,
    evaluation_id  bigint       references evaluation (id) on delete cascade,
    department_id  bigint       references department (id),
    lineage_id     bigint,
    version_no     int          not null default 1,
    current        boolean      not null default true,
    file_name      text         not null,
    content_type   text         not null,
    size_bytes     bigint       not null check (size_bytes >= 0),
    object_key     text         not null,
    sha256         varchar(64)  not null,
    scan_status    varchar(12)  not null default 'PENDING' check (scan_status in ('PENDING', 'CLEAN', 'INFECTED', 'FAILED')),
    scan_note      text,
    scanned_at     timestamptz,
    note           text,
    uploaded_by    text         not null,
    uploaded_at    timestamptz  not null default now()
);
create index evidence_file_tenant_owner on evidence_file (tenant_id, owner_kind, owner_id, current);
create index evidence_file_tenant_evaluation on evidence_file (tenant_id, evaluation_id);
create index evidence_file_tenant_lineage on evidence_file (tenant_id, lineage_id);

-- The region's evidence storage quota (bytes); uploads beyond it are refused.
alter table tenant_setting add column evidence_quota_bytes bigint not null default 10737418240
    check (evidence_quota_bytes >= 0);

grant select, insert, update, delete on indicator_template, template_indicator, performance_target,
    target_indicator, target_plan_step, target_event, evaluation, evaluation_indicator, evaluation_item,
    evaluation_event, evaluation_evaluator, evaluation_opinion, finding, evidence_file to ${appRole};
grant usage, select on sequence indicator_template_id_seq, template_indicator_id_seq, performance_target_id_seq,
    target_indicator_id_seq, target_plan_step_id_seq, target_event_id_seq, evaluation_id_seq,
    evaluation_indicator_id_seq, evaluation_item_id_seq, evaluation_event_id_seq, evaluation_evaluator_id_seq,
    evaluation_opinion_id_seq, finding_id_seq, evidence_file_id_seq to ${appRole};

do $$
declare t text;
begin
    foreach t in array array['indicator_template', 'template_indicator', 'performance_target', 'target_indicator',
                             'target_plan_step', 'target_event', 'evaluation', 'evaluation_indicator',
                             'evaluation_item', 'evaluation_event', 'evaluation_evaluator', 'evaluation_opinion',
                             'finding', 'evidence_file'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format($p$create policy tenant_isolation on %I to ${appRole}
            using (tenant_id = current_setting('app.tenant_id', true))
            with check (tenant_id = current_setting('app.tenant_id', true))$p$, t);
        -- the offboarding export reads every region table (V11)
        execute format('grant select on %I to ${platformRole}', t);
        execute format('create policy platform_exports on %I for select to ${platformRole} using (true)', t);
    end loop;
    -- a city reads its counties' evaluations and targets (read-only, by grant: V12)
    foreach t in array array['performance_target', 'target_indicator', 'evaluation', 'evaluation_indicator',
                             'evaluation_item', 'finding'] loop
        execute format($p$create policy read_down on %I for select to ${appRole}
            using (tenant_id in (select read_down_tenants()))$p$, t);
    end loop;
end $$;
