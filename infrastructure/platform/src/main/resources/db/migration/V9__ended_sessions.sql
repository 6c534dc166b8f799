-- Keycloak sessions (the tokens' `sid`) ended by a logout in portal or tenant-admin. Both apps refuse
-- an identity whose session is listed, so cookies and tokens copied before a logout stop working on
-- every instance and after restarts. Not tenant data: no tenant_id, no row-level security. Rows older
-- than anything of a session can live are deleted by the apps (jixiao.signin.ended-session-retention).
create table ended_session (
    sid      text        primary key,
    ended_at timestamptz not null default now()
);
create index ended_session_ended_at on ended_session (ended_at);

grant select, insert, delete on ended_session to ${appRole}, ${platformRole};
