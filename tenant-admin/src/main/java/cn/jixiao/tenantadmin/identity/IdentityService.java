package cn.jixiao.tenantadmin.identity;

import cn.jixiao.tenantadmin.tenant.Tenant;
import cn.jixiao.tenantadmin.web.ConflictException;
import cn.jixiao.tenantadmin.web.OperatorAudit;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;

/**
 * Reads and saves a region's public-site identity, audited. The version the API shows is the row's
 * version + 1, so 0 means "never saved" and a save against a stale version is a 409.
 */
@ApplicationScoped
public class IdentityService {
    @Inject
    OperatorAudit audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public IdentityView read(String code) {
        tenant(code);
        return IdentityView.of(code, RegionIdentity.of(code).orElse(null));
    }

    @Transactional
    public IdentityView save(String code, @Valid IdentityInput raw, String actor) {
        tenant(code);
        var input = raw.normalized();
        var existing = RegionIdentity.of(code);
        int current = existing.map(identity -> identity.version + 1).orElse(0);
        if (input.version() != current) {
            throw new ConflictException("该地区的网站信息已被他人修改，请刷新后重试 (changed meanwhile: reload and try again)");
        }
        var before = existing.map(identity -> IdentityView.of(code, identity)).orElse(null);
        var identity = existing.orElseGet(() -> {
            var made = new RegionIdentity();
            made.tenantId = code;
            return made;
        });
        identity.sponsor = input.sponsor();
        identity.siteCode = input.siteCode();
        identity.icpRecord = input.icpRecord();
        identity.policeRecord = input.policeRecord();
        identity.contactPhone = input.contactPhone();
        identity.contactEmail = input.contactEmail();
        identity.contactAddress = input.contactAddress();
        identity.updatedAt = Instant.now();
        identity.updatedBy = actor;
        if (existing.isEmpty()) {
            identity.persist();
        }
        Panache.getEntityManager().flush();
        var after = IdentityView.of(code, identity);
        audit.record(code, actor, existing.isEmpty() ? "CREATE" : "UPDATE", "RegionIdentity", before, after);
        return after;
    }

    private static Tenant tenant(String code) {
        return Tenant.byCode(code).orElseThrow(() -> new NotFoundException("该地区尚未开通 (no such tenant)"));
    }
}
