package cn.jixiao.publicsite.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only once the index is built (or restored from a snapshot) and has caught up with the publication
 * log: until then a replica gets no traffic. {@code origin} says where it started from: disk, snapshot, rebuild.
 */
@Readiness
@ApplicationScoped
public class SearchIndexHealthCheck implements HealthCheck {

    @Inject
    SearchIndex index;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("search-index")
                .status(index.ready())
                .withData("documents", index.documentCount())
                .withData("lastEventId", index.lastEventId().orElse(0))
                .withData("origin", index.origin())
                .build();
    }
}
