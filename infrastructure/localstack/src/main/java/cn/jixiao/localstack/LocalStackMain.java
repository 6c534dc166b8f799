package cn.jixiao.localstack;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Usage: {@code java -jar jixiao-localstack.jar <run|test> [--fresh]}. Starts the stack, prints
 * "LOCALSTACK READY" and runs until it is stopped (SIGTERM or Ctrl-C), then stops every service.
 */
public final class LocalStackMain {
    private LocalStackMain() {}

    public static void main(String[] args) throws Exception {
        String profile = args.length > 0 ? args[0] : "run";
        if (!profile.equals("run") && !profile.equals("test") && !profile.equals("bench")) {
            System.err.println("usage: localstack <run|test|bench> [--fresh]");
            System.exit(2);
        }
        boolean fresh = args.length > 1 && args[1].equals("--fresh");
        Path root = Path.of(System.getProperty("jixiao.repo.root", "."))
                .toAbsolutePath()
                .normalize();
        var config = StackConfig.forProfile(profile, root, System.getenv());
        if (fresh) {
            LocalStack.wipe(config);
        }
        var stack = new LocalStack(config);
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            stack.closeQuietly();
                            stopped.countDown();
                        },
                        "localstack-stop"));
        try {
            stack.start();
        } catch (Exception e) {
            System.err.println("[localstack] " + e.getMessage());
            System.exit(1);
        }
        System.out.println("LOCALSTACK READY");
        stopped.await();
    }
}
