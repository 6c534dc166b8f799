package cn.jixiao.tenantadmin.keycloak;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;

/**
 * The product realm through the tenant-admin client's service account. Every call goes through
 * {@link #call}, so a Keycloak failure surfaces as one {@link KeycloakFailure}, never as a 404 or
 * 500 of this app.
 */
@ApplicationScoped
public class KeycloakRealm {
    @Inject
    Keycloak keycloak;

    @Inject
    KeycloakAdminConfig config;

    public RealmResource realm() {
        return keycloak.realm(config.realm());
    }

    public <T> T call(String action, Supplier<T> work) {
        try {
            return work.get();
        } catch (WebApplicationException | ProcessingException e) {
            throw new KeycloakFailure(action, e);
        }
    }

    public void run(String action, Runnable work) {
        call(action, () -> {
            work.run();
            return null;
        });
    }

    /** True when the call failed because the thing asked for does not exist. */
    static boolean isNotFound(WebApplicationException e) {
        return e.getResponse() != null && e.getResponse().getStatus() == 404;
    }

    /** The id Keycloak gives a created resource: the last path segment of its Location. */
    static String createdId(Response response) {
        String path = response.getLocation().getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    static String body(Response response) {
        try {
            return response.hasEntity() ? response.readEntity(String.class) : "";
        } catch (RuntimeException e) {
            return "";
        }
    }
}
