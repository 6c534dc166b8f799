package cn.jixiao.platform.tenancy;

import io.agroal.api.AgroalPoolInterceptor;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The second tenancy lock: every connection handed out by the pool carries the current tenant in
 * {@code app.tenant_id}, which the row-level-security policies compare with each row's tenant.
 * A connection without a tenant sees no tenant-owned row at all.
 */
@ApplicationScoped
public class TenantConnectionInterceptor implements AgroalPoolInterceptor {

    @Override
    public void onConnectionAcquire(Connection connection) {
        setTenant(connection, Tenancy.current().orElse(Tenancy.NO_TENANT));
    }

    @Override
    public void onConnectionReturn(Connection connection) {
        setTenant(connection, Tenancy.NO_TENANT);
    }

    private static void setTenant(Connection connection, String tenant) {
        try (PreparedStatement statement =
                connection.prepareStatement("select set_config('app.tenant_id', ?, false)")) {
            statement.setString(1, tenant);
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("could not set the connection's tenant", e);
        }
    }
}
