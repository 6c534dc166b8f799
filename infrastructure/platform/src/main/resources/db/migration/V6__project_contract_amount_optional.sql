-- A contract's amount may not be known yet: seed 000 shows a construction job agreed orally, whose
-- price "由审计部门出具结算金额后再签订" (is fixed by the audit settlement, then signed). The
-- portal flags such contracts (金额未录入) instead of forcing a made-up figure.
alter table contract alter column amount drop not null;

-- evaluators list the projects assigned to them
create index project_assignment_tenant_user on project_assignment (tenant_id, username);
