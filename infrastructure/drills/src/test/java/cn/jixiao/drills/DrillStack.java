package cn.jixiao.drills;

import cn.jixiao.localstack.LocalStack;
import cn.jixiao.localstack.StackConfig;
import cn.jixiao.testing.RunningApps;
import cn.jixiao.testing.TestStack;
import java.util.Map;

/**
 * One drill's world: PostgreSQL, S3 and Keycloak from empty data on the drill profile's ports (never the
 * test or run stack's), and the three packaged apps started on them as `./run` starts them. The drill
 * then breaks a service through {@link #services()} and watches the apps.
 */
final class DrillStack implements AutoCloseable {
    private final LocalStack services;
    private final RunningApps apps;

    private DrillStack(LocalStack services, RunningApps apps) {
        this.services = services;
        this.apps = apps;
    }

    static StackConfig config() {
        return StackConfig.forProfile("drill", TestStack.repoRoot(), System.getenv());
    }

    /** Fresh services and all three apps, each ready. */
    static DrillStack start() throws Exception {
        LocalStack services = LocalStack.startFresh(config());
        try {
            return new DrillStack(services, RunningApps.start(services.config()));
        } catch (Exception | AssertionError e) {
            services.close();
            throw e;
        }
    }

    /** Fresh services and the portal alone, started with more environment (e.g. a drill's short sweep periods). */
    static DrillStack portalOnly(Map<String, String> environment) throws Exception {
        LocalStack services = LocalStack.startFresh(config());
        try {
            return new DrillStack(services, RunningApps.portalOnly(services.config(), environment));
        } catch (Exception | AssertionError e) {
            services.close();
            throw e;
        }
    }

    /** Fresh services and no app: the drill starts the instances it means to kill ({@link RunningApps#none}). */
    static DrillStack servicesOnly() throws Exception {
        LocalStack services = LocalStack.startFresh(config());
        try {
            return new DrillStack(services, RunningApps.none(services.config()));
        } catch (Exception | AssertionError e) {
            services.close();
            throw e;
        }
    }

    LocalStack services() {
        return services;
    }

    RunningApps apps() {
        return apps;
    }

    StackConfig stack() {
        return services.config();
    }

    @Override
    public void close() throws Exception {
        try {
            apps.close();
        } finally {
            services.close();
        }
    }
}
