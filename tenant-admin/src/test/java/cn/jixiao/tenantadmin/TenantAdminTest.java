package cn.jixiao.tenantadmin;

import cn.jixiao.testing.TestStack;
import io.quarkus.test.common.QuarkusTestResource;

/** Every tenant-admin test runs against the real local test stack (PostgreSQL, S3, Keycloak). */
@QuarkusTestResource(value = TestStack.class, restrictToAnnotatedClass = false)
public final class TenantAdminTest {
    private TenantAdminTest() {}
}
