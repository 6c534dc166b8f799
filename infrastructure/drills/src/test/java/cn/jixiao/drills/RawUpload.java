package cn.jixiao.drills;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A POST on a socket of its own: a thread writes the body, and may stop after {@code pauseAt} bytes until the
 * drill lets it go on; the answer is read as soon as the server gives it, whatever the writer is doing (a
 * server that refuses an upload half-way answers before it has read the whole body, which HTTP clients that
 * send first and read after never show).
 */
final class RawUpload implements AutoCloseable {
    record Answer(int status, String body) {}

    private final Socket socket;
    private final CountDownLatch paused = new CountDownLatch(1);
    private final CountDownLatch resume = new CountDownLatch(1);
    private final AtomicLong sent = new AtomicLong();
    private final Thread writer;

    private RawUpload(Socket socket, String head, byte[] body, long pauseAt) {
        this.socket = socket;
        this.writer = Thread.ofPlatform().daemon().name("raw-upload").start(() -> write(head, body, pauseAt));
    }

    /** Starts the upload; {@code pauseAt} -1 sends the body without a pause. */
    static RawUpload start(String baseUrl, String target, byte[] body, long pauseAt, String... headerLines)
            throws IOException {
        URI base = URI.create(baseUrl);
        var socket = new Socket(base.getHost(), base.getPort());
        socket.setSoTimeout((int) Duration.ofMinutes(3).toMillis());
        var head = new StringBuilder("POST ")
                .append(target)
                .append(" HTTP/1.1\r\nHost: ")
                .append(base.getHost())
                .append(':')
                .append(base.getPort())
                .append("\r\nConnection: close\r\nContent-Length: ")
                .append(body.length)
                .append("\r\n");
        for (String line : headerLines) {
            head.append(line).append("\r\n");
        }
        return new RawUpload(socket, head.append("\r\n").toString(), body, pauseAt);
    }

    private void write(String head, byte[] body, long pauseAt) {
        try {
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.UTF_8));
            int chunk = 64 * 1024;
            for (int offset = 0; offset < body.length; offset += chunk) {
                if (pauseAt >= 0 && offset >= pauseAt && paused.getCount() > 0) {
                    out.flush();
                    paused.countDown();
                    resume.await();
                }
                int n = Math.min(chunk, body.length - offset);
                out.write(body, offset, n);
                sent.addAndGet(n);
            }
            out.flush();
        } catch (IOException | InterruptedException e) {
            // the server answered and closed before the whole body was sent: the answer says why
        } finally {
            paused.countDown();
        }
    }

    /** Waits until the writer has paused (all bytes before {@code pauseAt} written). */
    void awaitPause(Duration timeout) throws InterruptedException {
        if (!paused.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the upload did not reach its pause within " + timeout);
        }
    }

    void resume() {
        resume.countDown();
    }

    /** Bytes of the body written so far. */
    long sent() {
        return sent.get();
    }

    /** The status and body of the answer (Content-Length or chunked), read as it comes. */
    Answer answer() throws IOException {
        InputStream in = socket.getInputStream();
        var head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the connection closed before an answer: " + head);
            }
            head.write(b);
            matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        String text = head.toString(StandardCharsets.ISO_8859_1);
        int status = Integer.parseInt(text.split(" ", 3)[1]);
        String lower = text.toLowerCase(Locale.ROOT);
        byte[] body;
        if (lower.contains("transfer-encoding: chunked")) {
            var out = new ByteArrayOutputStream();
            while (true) {
                String size = line(in).split(";")[0].strip();
                int n = Integer.parseInt(size, 16);
                if (n == 0) {
                    break;
                }
                out.write(in.readNBytes(n));
                line(in);
            }
            body = out.toByteArray();
        } else {
            int at = lower.indexOf("content-length:");
            if (at < 0) {
                body = in.readAllBytes();
            } else {
                int end = lower.indexOf("\r\n", at);
                body = in.readNBytes(Integer.parseInt(
                        lower.substring(at + "content-length:".length(), end).strip()));
            }
        }
        return new Answer(status, new String(body, StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        var out = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            if (b != '\r') {
                out.write(b);
            }
        }
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        resume.countDown();
        socket.close();
        writer.join(Duration.ofSeconds(10));
    }
}
