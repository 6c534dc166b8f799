package cn.jixiao.portal.security;

import cn.jixiao.portal.tenancy.TenantDirectory;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Reads the user from the token (ID token for browser sessions, access token for bearer calls),
 * once per request.
 */
@RequestScoped
public class SignedInUser {
    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    @Inject
    TenantDirectory tenants;

    private CurrentUser user;

    public CurrentUser get() {
        if (user == null) {
            user = read();
        }
        return user;
    }

    private CurrentUser read() {
        List<String> organizations = organizations();
        // a user belongs to one region; several would make the tenant ambiguous, so none is chosen
        var region = organizations.size() == 1
                ? tenants.bySlug(organizations.get(0))
                : Optional.<cn.jixiao.portal.tenancy.Region>empty();
        var roles = new TreeSet<String>();
        identity.getRoles().stream().filter(Roles::isProductRole).forEach(roles::add);
        String username = Optional.ofNullable(token.<String>getClaim("preferred_username"))
                .orElse(identity.getPrincipal().getName());
        String displayName = Optional.ofNullable(token.<String>getClaim("name")).orElse(username);
        return new CurrentUser(
                username,
                displayName,
                roles,
                organizations,
                Optional.ofNullable(token.<Object>getClaim("department")).map(SignedInUser::text),
                region);
    }

    private List<String> organizations() {
        Object claim = token.getClaim("organization");
        if (claim instanceof JsonArray array) {
            return array.stream().map(SignedInUser::text).toList();
        }
        if (claim instanceof JsonString || claim instanceof String) {
            return List.of(text(claim));
        }
        return List.of();
    }

    private static String text(Object value) {
        return value instanceof JsonString s ? s.getString() : String.valueOf(value);
    }
}
