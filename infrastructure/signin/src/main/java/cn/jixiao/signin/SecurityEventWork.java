package cn.jixiao.signin;

import io.quarkus.runtime.BlockingOperationControl;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.ext.web.RoutingContext;

/** What the apps' security-event filters (the portal's and tenant-admin's) share: where from, and off the event loop. */
public final class SecurityEventWork {
    private SecurityEventWork() {}

    /** The client's address as the server saw it (null when unknown). */
    public static String clientAddress(RoutingContext routing) {
        return routing == null || routing.request().remoteAddress() == null
                ? null
                : routing.request().remoteAddress().hostAddress();
    }

    /** Runs work that writes to the database: at once on a worker thread, else on the worker pool. */
    public static Uni<Void> offEventLoop(Runnable work) {
        if (BlockingOperationControl.isBlockingAllowed()) {
            work.run();
            return Uni.createFrom().voidItem();
        }
        return Uni.createFrom()
                .item(() -> {
                    work.run();
                    return (Void) null;
                })
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }
}
