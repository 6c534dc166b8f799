package cn.jixiao.tenantadmin.onboarding;

import java.util.Optional;

/** The tenant row as the database step left it. */
record Registration(String code, boolean wasActive, Optional<String> keycloakOrgId, boolean rowsCreated) {}
