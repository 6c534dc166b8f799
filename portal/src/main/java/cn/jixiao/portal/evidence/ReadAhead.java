package cn.jixiao.portal.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads an upload's body ahead on a thread of its own, into a bounded queue of chunks, while the storage
 * client sends the previous part: receiving from the browser and sending to object storage overlap
 * instead of taking turns (the client reads a whole part before it sends it). At most {@code chunks}
 * chunks wait in memory. A failure of the source is handed to the reader at the point it happened.
 */
final class ReadAhead extends InputStream {
    private static final byte[] END = new byte[0];

    private final BlockingQueue<byte[]> queue;
    private final Thread reader;
    private volatile boolean closed;
    private volatile IOException failure;
    private byte[] current;
    private int position;

    ReadAhead(InputStream source, int chunkSize, int chunks) {
        this.queue = new ArrayBlockingQueue<>(Math.max(2, chunks));
        this.reader = Thread.ofPlatform().name("evidence-read-ahead").daemon().start(() -> {
            try {
                while (!closed) {
                    byte[] chunk = source.readNBytes(chunkSize);
                    if (chunk.length == 0) {
                        break;
                    }
                    if (!hand(chunk)) {
                        return;
                    }
                }
            } catch (IOException e) {
                failure = e;
            } catch (RuntimeException e) {
                failure = new IOException(e);
            }
            hand(END);
        });
    }

    /** Queues a chunk, waiting while the queue is full; false once closed. */
    private boolean hand(byte[] chunk) {
        try {
            while (!closed) {
                if (queue.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    private boolean next() throws IOException {
        if (current == END) {
            return false;
        }
        if (current != null && position < current.length) {
            return true;
        }
        try {
            current = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("upload read interrupted");
        }
        position = 0;
        if (current == END) {
            if (failure != null) {
                throw failure;
            }
            return false;
        }
        return true;
    }

    @Override
    public int read() throws IOException {
        return next() ? current[position++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (!next()) {
            return -1;
        }
        int n = Math.min(len, current.length - position);
        System.arraycopy(current, position, b, off, n);
        position += n;
        return n;
    }

    /** Stops reading ahead and waits for the reading thread, so the source is nobody's once this returns. */
    @Override
    public void close() {
        closed = true;
        queue.clear();
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        queue.clear();
    }
}
