package cn.jixiao.publicsite.region;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Reads a region's identity (public information: the public role reads every region's row). */
@ApplicationScoped
public class RegionIdentities {
    private static final String BY_CODE = """
            select g.name, i.sponsor, i.site_code, i.icp_record, i.police_record, i.contact_phone, i.contact_email,
                   i.contact_address
              from region_identity i join region g on g.code = i.tenant_id
             where i.tenant_id = ?""";

    @Inject
    AgroalDataSource dataSource;

    /** The identity of region {@code code}; empty when none was kept (one indexed read, so an edit shows at once). */
    public Optional<RegionIdentity> of(String code) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(BY_CODE)) {
            statement.setString(1, code);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new RegionIdentity(
                        rows.getString(1),
                        rows.getString(2),
                        rows.getString(3),
                        rows.getString(4),
                        rows.getString(5),
                        rows.getString(6),
                        rows.getString(7),
                        rows.getString(8)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("region identity look-up failed", e);
        }
    }
}
