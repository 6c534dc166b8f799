package cn.jixiao.portal.security;

import cn.jixiao.portal.tenancy.Region;
import cn.jixiao.portal.tenancy.TenantDirectory;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.ws.rs.ForbiddenException;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Reads the user from the token (ID token for browser sessions, access token for bearer calls),
 * once per request, and settles the region the request works in: the token's only region, or the one
 * chosen ({@link WorkChoice}) if the token names it. A region asked for in the header that the token
 * does not name is refused (403); a stale cookie counts as no choice.
 */
@RequestScoped
public class SignedInUser {
    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    @Inject
    TenantDirectory tenants;

    @Inject
    CurrentVertxRequest vertxRequest;

    private CurrentUser user;

    public CurrentUser get() {
        if (user == null) {
            user = read();
        }
        return user;
    }

    private CurrentUser read() {
        List<String> organizations = texts(token.getClaim("organization"));
        List<Region> regions = organizations.stream()
                .map(tenants::bySlug)
                .flatMap(Optional::stream)
                .toList();
        WorkChoice choice = vertxRequest.getCurrent() == null
                ? WorkChoice.NONE
                : WorkChoice.of(vertxRequest.getCurrent().request());
        Optional<Region> region = region(regions, choice);
        List<String> departments = texts(token.getClaim("department"));
        Optional<String> department = region.isEmpty()
                ? Optional.empty()
                : choice.department()
                        .filter(departments::contains)
                        .or(() -> departments.stream().findFirst());
        var roles = new TreeSet<String>();
        identity.getRoles().stream().filter(Roles::isProductRole).forEach(roles::add);
        String username = Optional.ofNullable(token.<String>getClaim("preferred_username"))
                .orElse(identity.getPrincipal().getName());
        String displayName = Optional.ofNullable(token.<String>getClaim("name")).orElse(username);
        return new CurrentUser(username, displayName, roles, organizations, regions, departments, department, region);
    }

    private static Optional<Region> region(List<Region> regions, WorkChoice choice) {
        if (choice.region().isPresent()) {
            String wanted = choice.region().get();
            Optional<Region> chosen = regions.stream()
                    .filter(r -> r.code().equals(wanted) || r.slug().equals(wanted))
                    .findFirst();
            if (chosen.isPresent()) {
                return chosen;
            }
            if (choice.regionFromHeader()) {
                throw new ForbiddenException("所选地区不属于您的账号 (the region asked for is not one of this account's regions)");
            }
        }
        // one region needs no choice; several wait for one (a stale cookie is no choice)
        return regions.size() == 1 ? Optional.of(regions.get(0)) : Optional.empty();
    }

    private static List<String> texts(Object claim) {
        if (claim instanceof JsonArray array) {
            return array.stream().map(SignedInUser::text).toList();
        }
        if (claim instanceof JsonString || claim instanceof String) {
            return List.of(text(claim));
        }
        if (claim instanceof java.util.Collection<?> values) {
            return values.stream().map(SignedInUser::text).toList();
        }
        return List.of();
    }

    private static String text(Object value) {
        return value instanceof JsonString s ? s.getString() : String.valueOf(value);
    }
}
