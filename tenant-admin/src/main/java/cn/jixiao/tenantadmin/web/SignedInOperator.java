package cn.jixiao.tenantadmin.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The operator behind the current request, for the page header ({@code cdi:operator}). */
@Named("operator")
@RequestScoped
public class SignedInOperator {
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    public boolean isSignedIn() {
        return !identity.isAnonymous();
    }

    /** The operator's account name, as audit rows record who did something. */
    public String username() {
        if (identity.isAnonymous()) {
            return "anonymous";
        }
        return Optional.ofNullable(token.<String>getClaim("preferred_username"))
                .orElse(identity.getPrincipal().getName());
    }

    /** The operator's name as people read it; never the account name. */
    public String displayName() {
        if (identity.isAnonymous()) {
            return "";
        }
        return Optional.ofNullable(token.<String>getClaim("name"))
                .filter(name -> !name.isBlank())
                .or(() -> fromParts(token.getClaim("given_name"), token.getClaim("family_name")))
                .orElse("平台运维人员");
    }

    /** 张三 (family name first, no space) for Chinese names, Jane Doe for others. */
    static Optional<String> fromParts(String given, String family) {
        String g = given == null ? "" : given.strip();
        String f = family == null ? "" : family.strip();
        if (g.isEmpty() && f.isEmpty()) {
            return Optional.empty();
        }
        boolean chinese = HAN.matcher(g + f).find();
        return Optional.of(chinese ? f + g : (g + " " + f).strip());
    }
}
