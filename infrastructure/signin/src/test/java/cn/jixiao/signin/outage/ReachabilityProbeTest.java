package cn.jixiao.signin.outage;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The check of Keycloak before a browser is sent there, against a real HTTP server that answers or is gone. */
class ReachabilityProbeTest {
    private static final Duration TTL = Duration.ofSeconds(5);

    /** A clock the test moves on. */
    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-12-03T08:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static boolean reachable(ReachabilityProbe probe) throws Exception {
        return probe.reachable().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void aServerThatAnswersIsReachableAndAGoneOneIsNotOnceTheRememberedAnswerIsOld() throws Exception {
        var asked = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            asked.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        var clock = new MovableClock();
        var probe = new ReachabilityProbe(
                URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/realms/jixiao"),
                Duration.ofSeconds(2),
                TTL,
                clock);
        try {
            assertTrue(reachable(probe));
            assertTrue(reachable(probe));
            assertTrue(asked.get() == 1, "asked once per ttl, not per request: " + asked.get());
        } finally {
            server.stop(0);
        }
        // the server is gone; the remembered answer holds until it is older than the ttl
        assertTrue(reachable(probe));
        clock.advance(TTL);
        assertFalse(reachable(probe));
    }

    @Test
    void aPortNobodyListensOnIsNotReachable() throws Exception {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var probe = new ReachabilityProbe(
                URI.create("http://127.0.0.1:" + port + "/realms/jixiao"),
                Duration.ofSeconds(2),
                TTL,
                new MovableClock());
        assertFalse(reachable(probe));
    }

    @Test
    void aServerThatAnswersWithAnErrorIsNotReachable() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        server.start();
        try {
            var probe = new ReachabilityProbe(
                    URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"),
                    Duration.ofSeconds(2),
                    TTL,
                    new MovableClock());
            assertFalse(reachable(probe));
        } finally {
            server.stop(0);
        }
    }

    /** One failed answer is asked again at once: a busy sign-in server missing one check is not an outage. */
    @Test
    void oneMissedAnswerIsAskedAgainBeforeCallingItDown() throws Exception {
        var asked = new java.util.concurrent.atomic.AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(asked.incrementAndGet() == 1 ? 503 : 200, -1);
            exchange.close();
        });
        server.start();
        try {
            var probe = new ReachabilityProbe(
                    URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"),
                    Duration.ofSeconds(2),
                    TTL,
                    new MovableClock());
            assertTrue(reachable(probe));
            assertTrue(asked.get() == 2, "asked twice: " + asked.get());
        } finally {
            server.stop(0);
        }
    }
}
