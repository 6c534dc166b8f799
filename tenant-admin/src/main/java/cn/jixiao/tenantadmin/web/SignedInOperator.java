package cn.jixiao.tenantadmin.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The operator behind the current request, for the page header ({@code cdi:operator}). */
@Named("operator")
@RequestScoped
public class SignedInOperator {
    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    public boolean isSignedIn() {
        return !identity.isAnonymous();
    }

    public String displayName() {
        if (identity.isAnonymous()) {
            return "";
        }
        return Optional.ofNullable(token.<String>getClaim("name"))
                .or(() -> Optional.ofNullable(token.<String>getClaim("preferred_username")))
                .orElse(identity.getPrincipal().getName());
    }
}
