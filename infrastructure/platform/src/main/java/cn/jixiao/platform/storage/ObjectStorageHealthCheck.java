package cn.jixiao.platform.storage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

@Readiness
@ApplicationScoped
public class ObjectStorageHealthCheck implements HealthCheck {
    @Inject
    ObjectStorage storage;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("object-storage")
                .status(storage.bucketReachable())
                .withData("bucket", storage.bucket())
                .build();
    }
}
