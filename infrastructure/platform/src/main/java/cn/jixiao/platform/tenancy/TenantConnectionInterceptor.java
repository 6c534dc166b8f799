package cn.jixiao.platform.tenancy;

import io.agroal.api.AgroalPoolInterceptor;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The second tenancy lock: every connection handed out by the pool carries the current tenant in
 * {@code app.tenant_id}, which the row-level-security policies compare with each row's tenant.
 * A connection without a tenant sees no tenant-owned row at all.
 *
 * <p>While reading down ({@link Tenancy#readDown}) the connection keeps the reader's own tenant, names
 * the child in {@code app.read_down} (which the read-down SELECT policies check against the reader's
 * grants) and is read-only: its transactions cannot write, whatever the code tries.
 */
@ApplicationScoped
public class TenantConnectionInterceptor implements AgroalPoolInterceptor {

    @Override
    public void onConnectionAcquire(Connection connection) {
        String readDown = Tenancy.readDownTenant().orElse(Tenancy.NO_TENANT);
        set(connection, Tenancy.connectionTenant().orElse(Tenancy.NO_TENANT), readDown);
        if (!readDown.isEmpty()) {
            readOnly(connection);
        }
    }

    @Override
    public void onConnectionReturn(Connection connection) {
        set(connection, Tenancy.NO_TENANT, Tenancy.NO_TENANT);
    }

    private static void set(Connection connection, String tenant, String readDown) {
        try (PreparedStatement statement = connection.prepareStatement(
                "select set_config('app.tenant_id', ?, false), set_config('app.read_down', ?, false),"
                        + " set_config('default_transaction_read_only', ?, false)")) {
            statement.setString(1, tenant);
            statement.setString(2, readDown);
            statement.setString(3, readDown.isEmpty() ? "off" : "on");
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("could not set the connection's tenant", e);
        }
    }

    /**
     * The transaction this connection is in (one has begun when the pool enlisted it before calling
     * us) becomes read-only too; later transactions are read-only by default.
     */
    private static void readOnly(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            if (!connection.getAutoCommit()) {
                statement.execute("set transaction read only");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not make the read-down connection read-only", e);
        }
    }
}
