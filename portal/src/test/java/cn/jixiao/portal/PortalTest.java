package cn.jixiao.portal;

import cn.jixiao.testing.TestStack;
import io.quarkus.test.common.QuarkusTestResource;

/** Every portal test runs against the real local test stack (PostgreSQL, S3, Keycloak). */
@QuarkusTestResource(value = TestStack.class, restrictToAnnotatedClass = false)
public final class PortalTest {
    private PortalTest() {}
}
