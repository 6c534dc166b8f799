package cn.jixiao.portal.people.keeping;

import cn.jixiao.portal.audit.AuditTrail;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * People's changes in the region's audit log. Keycloak ids are not numbers, so a person's rows carry no
 * entity id and are found by the username their before and after views hold.
 */
@ApplicationScoped
public class PeopleAudit {
    @Inject
    AuditTrail trail;

    @Inject
    AgroalDataSource dataSource;

    @Transactional
    public void record(String action, PersonView before, PersonView after) {
        trail.record(action, PeopleKeeper.ENTITY, null, before, after);
    }

    /** The person's history in this region, newest first (the tenancy locks keep other regions' rows out). */
    public List<PersonChange> of(String username) {
        String sql = """
                select at, actor, action from audit_log
                 where entity = ? and coalesce(after->>'username', before->>'username') = ?
                 order by at desc, id desc limit 200""";
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, PeopleKeeper.ENTITY);
            s.setString(2, username);
            var rows = new ArrayList<PersonChange>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String at = rs.getObject(1, java.time.OffsetDateTime.class).toString();
                    rows.add(new PersonChange(at, rs.getString(2), rs.getString(3)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("people history could not be read", e);
        }
    }
}
