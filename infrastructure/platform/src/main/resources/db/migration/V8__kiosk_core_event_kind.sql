-- What a device event records: a lifecycle step (the default, and what imports write), a failed
-- acceptance (the device stays on trial run, but later steps may not be dated before it), or the
-- network sign-off, which is a note beside the lifecycle and does not order its steps.
alter table device_event add column kind varchar(20) not null default 'STEP'
    check (kind in ('STEP', 'ACCEPTANCE_FAILED', 'NETWORK_SIGN_OFF'));
