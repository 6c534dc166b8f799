package cn.jixiao.portal.audit;

import cn.jixiao.platform.tenancy.Tenancy;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Security events that happen outside any business transaction (a sign-in, a refusal, a download):
 * each is written to the region's audit log in a transaction of its own, as the region's row-level
 * security allows. Writing one never fails the request it describes: a failure is logged, and a 403
 * stays a 403.
 */
@ApplicationScoped
public class SecurityEvents {
    /** The entity of sign-ins ({@code LOGIN}). */
    public static final String SESSION = "Session";
    /** The entity of refused requests ({@code REFUSED}). */
    public static final String REQUEST = "Request";
    /** The entity of files sent to a user ({@code EXPORT} for sheets, {@code DOWNLOAD} for the rest). */
    public static final String DOWNLOAD = "Download";

    private static final Logger LOG = Logger.getLogger(SecurityEvents.class);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    /** Writes the event; true when it was saved. */
    public boolean record(String region, String actor, String action, String entity, Map<String, ?> details) {
        try {
            String after = json.writeValueAsString(details);
            return Tenancy.runAs(
                    region,
                    () -> QuarkusTransaction.requiringNew().call(() -> insert(region, actor, action, entity, after)));
        } catch (JsonProcessingException e) {
            LOG.warnf(e, "security event %s %s of %s not written", entity, action, actor);
            return false;
        } catch (Exception e) {
            LOG.warnf(e, "security event %s %s of %s in %s not written", entity, action, actor, region);
            return false;
        }
    }

    /** Whether this Keycloak session's sign-in to the region is recorded already. */
    public boolean signInRecorded(String region, String sid) {
        try {
            return Tenancy.runAs(region, () -> {
                try (Connection c = dataSource.getConnection();
                        PreparedStatement s = c.prepareStatement("select 1 from audit_log where tenant_id = ?"
                                + " and entity = 'Session' and after ->> 'sid' = ? limit 1")) {
                    s.setString(1, region);
                    s.setString(2, sid);
                    try (ResultSet r = s.executeQuery()) {
                        return r.next();
                    }
                }
            });
        } catch (Exception e) {
            LOG.warnf(e, "could not look up the sign-in of session %s", sid);
            return true; // better one sign-in unrecorded than a request failed
        }
    }

    private boolean insert(String region, String actor, String action, String entity, String after) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement("insert into audit_log (tenant_id, actor, action, entity, after)"
                                + " values (?, ?, ?, ?, cast(? as jsonb))")) {
            s.setString(1, region);
            s.setString(2, actor);
            s.setString(3, action);
            s.setString(4, entity);
            s.setString(5, after);
            return s.executeUpdate() == 1;
        }
    }
}
