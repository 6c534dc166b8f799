package cn.jixiao.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * A request written byte for byte, for what HTTP clients refuse to send (a URL that is not a valid
 * URI, such as {@code ?q=%zz}). HTTP/1.1 with "Connection: close"; reads the status and the body.
 */
public final class RawHttp {
    private RawHttp() {}

    public record Answer(int status, String head, String body) {}

    /** @param baseUrl e.g. http://localhost:18081/ ; @param target the request target exactly as sent */
    public static Answer send(String baseUrl, String method, String target, String... headerLines) throws IOException {
        return send(baseUrl, method, target, null, headerLines);
    }

    /** The same with a body (Content-Length is added; give Content-Type among the header lines). */
    public static Answer send(String baseUrl, String method, String target, byte[] body, String... headerLines)
            throws IOException {
        URI base = URI.create(baseUrl);
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(60_000);
            var request = new StringBuilder()
                    .append(method)
                    .append(' ')
                    .append(target)
                    .append(" HTTP/1.1\r\nHost: ")
                    .append(base.getHost())
                    .append(':')
                    .append(base.getPort())
                    .append("\r\nConnection: close\r\n");
            for (String line : headerLines) {
                request.append(line).append("\r\n");
            }
            if (body != null) {
                request.append("Content-Length: ").append(body.length).append("\r\n");
            }
            OutputStream out = socket.getOutputStream();
            out.write(request.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int split = answer.indexOf("\r\n\r\n");
            String head = split < 0 ? answer : answer.substring(0, split);
            String content = split < 0 ? "" : answer.substring(split + 4);
            int status = Integer.parseInt(head.split(" ", 3)[1]);
            return new Answer(status, head, content);
        }
    }
}
