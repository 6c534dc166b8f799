package cn.jixiao.publicsite.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only once the index is built and follows the publication log: until then a replica gets no traffic. */
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
                .build();
    }
}
