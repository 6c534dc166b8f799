package cn.jixiao.portal.readdown;

import cn.jixiao.platform.tenancy.Tenancy;
import cn.jixiao.portal.access.Access;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Cities over counties: the one way a region reads another region's figures. Only the regions it
 * holds a grant for ({@code tenant_read_grant}, which follows the region hierarchy), only for its
 * finance reviewers and admins, and only read-only: each child is read in a new transaction whose
 * ORM session is in the child's tenant and whose connection stays in the reader's tenant, naming the
 * child in {@code app.read_down} (see {@link Tenancy#readDown}). Row-level security checks the grant
 * again on every row, and nothing written there can reach the child's rows.
 */
@ApplicationScoped
@Named("readDown") // pages ask {inject:readDown.readsDown} whether to link the regions below
public class ReadDown {
    public static final String READERS_ONLY =
            "只有财政审核人和地区管理员可以查看下级地区数据 (only finance reviewers and region admins read the regions below)";
    public static final String NO_CHILDREN = "本地区没有可查看的下级地区 (your region reads no region below it)";
    public static final String NOT_FOUND = "下级地区不存在 (no such region below yours)";

    private static final String GRANTS = """
            select g.readable, r.name, r.level
              from tenant_read_grant g
              join tenant t on t.code = g.readable and t.status = 'ACTIVE'
              join region r on r.code = g.readable
             where g.reader = ?
             order by g.readable""";

    @Inject
    Access access;

    @Inject
    AgroalDataSource dataSource;

    /** The regions below this one that it reads; none is a 404, a user who may not read down a 403. */
    public List<ChildRegion> children() {
        if (!access.readsWholeRegion()) {
            throw new ForbiddenException(READERS_ONLY);
        }
        var children = granted();
        if (children.isEmpty()) {
            throw new NotFoundException(NO_CHILDREN);
        }
        return children;
    }

    /** One region below this one; any other code (a sibling, an unrelated region, a forgery) is a 404. */
    public ChildRegion child(String code) {
        return children().stream()
                .filter(c -> c.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }

    /** Whether this region reads any region below it (for links; no role check). */
    public boolean readsDown() {
        return !granted().isEmpty();
    }

    /** Runs read-only work in the child's tenant, in a new transaction with its own connection. */
    public <T> T read(ChildRegion child, Callable<T> work) {
        try {
            return Tenancy.readDown(
                    child.code(), () -> QuarkusTransaction.requiringNew().call(work));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("reading " + child.code() + " failed", e);
        }
    }

    private List<ChildRegion> granted() {
        if (Tenancy.readDownTenant().isPresent()) {
            throw new IllegalStateException("grants are read in the reader's own tenant");
        }
        String reader = Tenancy.current().orElse(Tenancy.NO_TENANT);
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(GRANTS)) {
            s.setString(1, reader);
            try (ResultSet rs = s.executeQuery()) {
                var children = new ArrayList<ChildRegion>();
                while (rs.next()) {
                    children.add(new ChildRegion(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
                return children;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("read-down grants lookup failed", e);
        }
    }
}
