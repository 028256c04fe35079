package dev.zhiku.llm.download;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real HTTP server on 127.0.0.1 serving one file at {@code /model.gguf}, with switches for the misbehaviours a
 * mirror shows: no Range support, ignoring If-Range, dropping the connection, flipping a byte, failing.
 */
final class LoopbackFileServer implements AutoCloseable {

    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-");
    private static final int CHUNK = 16 * 1024;

    /** What one request asked for. */
    record Seen(String range, String ifRange, String userAgent) { }

    private final HttpServer server;
    private final ExecutorService executor;
    private final List<Seen> requests = new CopyOnWriteArrayList<>();
    private final AtomicLong bytesServed = new AtomicLong();
    private final AtomicInteger dropsLeft = new AtomicInteger();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private volatile byte[] content;
    private volatile String etag;
    private volatile boolean supportsRange = true;
    private volatile boolean honorsIfRange = true;
    private volatile boolean flipsAByte;
    private volatile int fixedStatus;
    private volatile long dropAfter;
    private volatile long pauseMillisPerChunk;

    LoopbackFileServer(byte[] content, String etag) throws IOException {
        this.content = content;
        this.etag = etag;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        this.executor = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("test-http-", 0).factory());
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + port() + "/model.gguf");
    }

    int port() {
        return server.getAddress().getPort();
    }

    void replaceContent(byte[] newContent, String newEtag) {
        content = newContent;
        etag = newEtag;
    }

    void withoutRangeSupport() {
        supportsRange = false;
    }

    void ignoringIfRange() {
        honorsIfRange = false;
    }

    void flippingAByte() {
        flipsAByte = true;
    }

    void answering(int status) {
        fixedStatus = status;
    }

    /** The next {@code times} responses close the connection after {@code bytes} body bytes. */
    void dropping(int times, long bytes) {
        dropAfter = bytes;
        dropsLeft.set(times);
    }

    /** The next {@code times} requests get a 503. */
    void failing(int times) {
        failuresLeft.set(times);
    }

    void slowly(long millisPerChunk) {
        pauseMillisPerChunk = millisPerChunk;
    }

    List<Seen> requests() {
        return List.copyOf(requests);
    }

    long bytesServed() {
        return bytesServed.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String range = exchange.getRequestHeaders().getFirst("Range");
            String ifRange = exchange.getRequestHeaders().getFirst("If-Range");
            requests.add(new Seen(range, ifRange, exchange.getRequestHeaders().getFirst("User-Agent")));
            if (fixedStatus != 0 || failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                exchange.sendResponseHeaders(fixedStatus != 0 ? fixedStatus : 503, -1);
                return;
            }
            byte[] body = content;
            if (flipsAByte) {
                body = body.clone();
                body[body.length / 2] ^= 0x5A;
            }
            exchange.getResponseHeaders().set("ETag", etag);
            if (supportsRange) {
                exchange.getResponseHeaders().set("Accept-Ranges", "bytes");
            }
            long start = rangeStart(range, ifRange);
            if (start >= body.length) {
                exchange.getResponseHeaders().set("Content-Range", "bytes */" + body.length);
                exchange.sendResponseHeaders(416, -1);
                return;
            }
            if (start > 0) {
                exchange.getResponseHeaders().set("Content-Range",
                        "bytes " + start + "-" + (body.length - 1) + "/" + body.length);
                exchange.sendResponseHeaders(206, body.length - start);
            } else {
                exchange.sendResponseHeaders(200, body.length);
            }
            send(exchange.getResponseBody(), body, (int) start);
        } catch (IOException e) {
            // the client went away or the drop was deliberate
        }
    }

    private long rangeStart(String range, String ifRange) {
        if (!supportsRange || range == null) {
            return 0;
        }
        if (honorsIfRange && ifRange != null && !ifRange.equals(etag)) {
            return 0;
        }
        Matcher m = RANGE.matcher(range);
        return m.matches() ? Long.parseLong(m.group(1)) : 0;
    }

    private void send(OutputStream out, byte[] body, int start) throws IOException {
        boolean drop = dropsLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
        int end = drop ? (int) Math.min(body.length, start + dropAfter) : body.length;
        for (int pos = start; pos < end; pos += CHUNK) {
            int len = Math.min(CHUNK, end - pos);
            out.write(body, pos, len);
            bytesServed.addAndGet(len);
            if (pauseMillisPerChunk > 0) {
                out.flush();
                pause();
            }
        }
        out.flush();
        if (drop) {
            throw new IOException("deliberate drop");
        }
    }

    private void pause() throws IOException {
        try {
            Thread.sleep(pauseMillisPerChunk);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
