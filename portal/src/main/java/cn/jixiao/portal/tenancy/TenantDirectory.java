package cn.jixiao.portal.tenancy;

import io.agroal.api.AgroalDataSource;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Maps the organization alias in a token to its region. Plain JDBC on purpose: it runs before the
 * request's tenant is known, and must not open the request's Hibernate session without one.
 */
@ApplicationScoped
public class TenantDirectory {
    private static final String BY_SLUG = """
            select t.code, t.slug, r.name, r.level, r.parent_code, p.name
              from tenant t join region r on r.code = t.code left join region p on p.code = r.parent_code
             where t.slug = ? and t.status = 'ACTIVE'""";

    @Inject
    AgroalDataSource dataSource;

    @CacheResult(cacheName = "tenant-by-slug")
    public Optional<Region> bySlug(String slug) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(BY_SLUG)) {
            statement.setString(1, slug);
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Region(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("tenant lookup failed", e);
        }
    }
}
