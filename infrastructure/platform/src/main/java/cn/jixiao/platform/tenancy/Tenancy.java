package cn.jixiao.platform.tenancy;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * Finds the current tenant: a read-down scope first, then an explicit {@link #runAs} scope, then the
 * request's tenant.
 *
 * <p>Reading down (a city reading a county's figures) is the one way to see another tenant's rows,
 * and it is read-only: inside {@link #readDown} the ORM works in the child tenant ({@link #current}),
 * while the connection stays in the reader's own tenant ({@link #connectionTenant}) and names the
 * child in {@code app.read_down}. Row-level security shows the child's rows to SELECT only when the
 * reader holds a grant for it, and the connection's transactions are read-only.
 */
public final class Tenancy {
    /** Hibernate needs some tenant id; this one matches no row, so a tenant-less request sees nothing. */
    public static final String NO_TENANT = "";

    private static final ThreadLocal<String> EXPLICIT = new ThreadLocal<>();

    private static final ThreadLocal<ReadDown> READ_DOWN = new ThreadLocal<>();

    /** A reader tenant reading one readable (child) tenant's rows. */
    private record ReadDown(String reader, String readable) {}

    private Tenancy() {}

    /** The tenant whose rows the code reads: the child while reading down. */
    public static Optional<String> current() {
        ReadDown readDown = READ_DOWN.get();
        if (readDown != null) {
            return Optional.of(readDown.readable());
        }
        return own();
    }

    /** The tenant a connection acts as ({@code app.tenant_id}): never the child, even while reading down. */
    public static Optional<String> connectionTenant() {
        ReadDown readDown = READ_DOWN.get();
        if (readDown != null) {
            return Optional.of(readDown.reader());
        }
        return own();
    }

    /** The child tenant being read down to, if any ({@code app.read_down}). */
    public static Optional<String> readDownTenant() {
        return Optional.ofNullable(READ_DOWN.get()).map(ReadDown::readable);
    }

    private static Optional<String> own() {
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
        if (READ_DOWN.get() != null) {
            throw new IllegalStateException("no tenant change while reading down");
        }
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

    /**
     * Runs read-only work on a child tenant's rows for the current tenant. The caller checks the grant
     * first; the database checks it again on every row. The work must take its own connections (a new
     * transaction): a connection taken before keeps seeing the reader's rows only.
     */
    public static <T> T readDown(String readable, Callable<T> work) throws Exception {
        if (READ_DOWN.get() != null) {
            throw new IllegalStateException("reading down does not nest");
        }
        String reader = own().filter(code -> !code.isEmpty())
                .orElseThrow(() -> new IllegalStateException("reading down needs a tenant"));
        if (readable == null || readable.isEmpty() || readable.equals(reader) || readable.contains(",")) {
            throw new IllegalArgumentException("not a tenant to read down to: " + readable);
        }
        READ_DOWN.set(new ReadDown(reader, readable));
        try {
            return work.call();
        } finally {
            READ_DOWN.remove();
        }
    }
}
