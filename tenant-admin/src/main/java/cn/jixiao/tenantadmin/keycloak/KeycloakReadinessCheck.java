package cn.jixiao.tenantadmin.keycloak;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the service account can reach the realm and read the role onboarding grants. */
@Readiness
@ApplicationScoped
public class KeycloakReadinessCheck implements HealthCheck {
    @Inject
    KeycloakRealm keycloak;

    @Inject
    KeycloakAdminConfig config;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("keycloak-admin").withData("realm", config.realm());
        try {
            keycloak.realm().roles().get(config.tenantAdminRole()).toRepresentation();
            return response.up().build();
        } catch (RuntimeException e) {
            return response.down()
                    .withData("error", e.getClass().getSimpleName())
                    .build();
        }
    }
}
