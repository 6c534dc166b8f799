package cn.jixiao.tenantadmin.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The platform's own audit log ({@code operator_audit_log}, migration V26: 平台运维日志), for what platform
 * operators do that belongs to no region. The database chains every entry (chain key {@code platform}),
 * as it does a region's {@code audit_log}.
 *
 * <ul>
 *   <li>{@link #record}: an entry in the caller's transaction (a check, export or cut of this log);
 *   <li>{@link #event}: a security event (sign-in, refusal, download) in a transaction of its own, which
 *       never fails the request it describes: a failure is logged, and a 403 stays a 403.
 * </ul>
 */
@ApplicationScoped
public class PlatformAudit {
    /** The entity of sign-ins ({@code LOGIN}). */
    public static final String SESSION = "Session";
    /** The entity of refused requests ({@code REFUSED}). */
    public static final String REQUEST = "Request";
    /** The entity of files sent to an operator ({@code EXPORT} for sheets, {@code DOWNLOAD} for the rest). */
    public static final String DOWNLOAD = "Download";

    private static final Logger LOG = Logger.getLogger(PlatformAudit.class);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, String action, String entity, Map<String, ?> after) {
        Panache.getEntityManager()
                .createNativeQuery("insert into operator_audit_log (actor, action, entity, after)"
                        + " values (:actor, :action, :entity, cast(:after as jsonb))")
                .setParameter("actor", actor)
                .setParameter("action", action)
                .setParameter("entity", entity)
                .setParameter("after", text(after))
                .executeUpdate();
    }

    /** Writes a security event in a transaction of its own; true when it was saved, never an exception. */
    public boolean event(String actor, String action, String entity, Map<String, ?> details) {
        try {
            String after = text(details);
            return QuarkusTransaction.requiringNew().call(() -> {
                try (Connection c = dataSource.getConnection();
                        PreparedStatement s =
                                c.prepareStatement("insert into operator_audit_log (actor, action, entity, after)"
                                        + " values (?, ?, ?, cast(? as jsonb))")) {
                    s.setString(1, actor);
                    s.setString(2, action);
                    s.setString(3, entity);
                    s.setString(4, after);
                    return s.executeUpdate() == 1;
                }
            });
        } catch (Exception e) {
            LOG.warnf(e, "platform security event %s %s of %s not written", entity, action, actor);
            return false;
        }
    }

    /** Whether this Keycloak session's sign-in to tenant-admin is recorded already. */
    public boolean signInRecorded(String sid) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select 1 from operator_audit_log"
                        + " where entity = 'Session' and action = 'LOGIN' and after ->> 'sid' = ? limit 1")) {
            s.setString(1, sid);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        } catch (Exception e) {
            LOG.warnf(e, "could not look up the sign-in of session %s", sid);
            return true; // better one sign-in unrecorded than a request failed
        }
    }

    private String text(Map<String, ?> value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit value not writable as JSON", e);
        }
    }
}
