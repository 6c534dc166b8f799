package cn.jixiao.platform.tenancy;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import java.util.Optional;
import java.util.concurrent.Callable;

/** Finds the current tenant: an explicit {@link #runAs} scope first, then the request's tenant. */
public final class Tenancy {
    /** Hibernate needs some tenant id; this one matches no row, so a tenant-less request sees nothing. */
    public static final String NO_TENANT = "";

    private static final ThreadLocal<String> EXPLICIT = new ThreadLocal<>();

    private Tenancy() {}

    public static Optional<String> current() {
        String explicit = EXPLICIT.get();
        if (explicit != null) {
            return Optional.of(explicit);
        }
        ManagedContext requestContext = Arc.container().requestContext();
        if (requestContext.isActive()) {
            return Arc.container().instance(CurrentTenant.class).get().code();
        }
        return Optional.empty();
    }

    /** Runs background work (imports, jobs, tests) inside one tenant. */
    public static <T> T runAs(String tenantCode, Callable<T> work) throws Exception {
        String previous = EXPLICIT.get();
        EXPLICIT.set(tenantCode);
        try {
            return work.call();
        } finally {
            if (previous == null) {
                EXPLICIT.remove();
            } else {
                EXPLICIT.set(previous);
            }
        }
    }
}
