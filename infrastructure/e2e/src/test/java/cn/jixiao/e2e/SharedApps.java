package cn.jixiao.e2e;

import cn.jixiao.testing.RunningApps;

/**
 * The three packaged apps on the test stack's usual ports, started once for the classes that only use
 * them (starting them costs about half a minute of both cores), and stopped by a class that needs those
 * ports for a topology of its own, or when the run ends.
 */
final class SharedApps {
    private static RunningApps apps;

    private SharedApps() {}

    /** The running apps, started on first use. */
    static synchronized RunningApps get() throws Exception {
        if (apps == null) {
            apps = RunningApps.start();
            Runtime.getRuntime().addShutdownHook(new Thread(SharedApps::stopQuietly, "shared-apps-stop"));
        }
        return apps;
    }

    /** Frees the usual ports (a class starting its own instances there calls this first). */
    static synchronized void stop() throws InterruptedException {
        if (apps != null) {
            apps.close();
            apps = null;
        }
    }

    private static void stopQuietly() {
        try {
            stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
