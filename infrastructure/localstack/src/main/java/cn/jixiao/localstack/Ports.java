package cn.jixiao.localstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

final class Ports {
    private Ports() {}

    static boolean inUse(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static void requireFree(int port, String what) {
        if (inUse(port)) {
            throw new IllegalStateException("端口 " + port + " 已被占用，无法启动 " + what + " (port " + port
                    + " is already in use; stop what uses it or set another port)");
        }
    }
}
