package dev.zhiku.core.net;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ProxySelector;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The single gate for outbound connections. HTTP clients are built here and every request is sent here, after a
 * check of its {@link Purpose}: model downloads are always allowed (the user starts each one); cloud requests only
 * while the user's escalation policy is not "never" ({@link #allowCloud}); loopback requests only to an IP literal
 * of this PC's loopback or to {@code localhost}. Each request that leaves the PC is logged with its purpose, method
 * and host — never its headers or body; loopback requests are logged at debug level.
 *
 * <p>Process-wide by design: there is one network and one user decision about it.
 */
public final class Outbound {

    /** Why a connection leaves the PC. */
    public enum Purpose {
        /** A model download the user started. */
        MODEL_DOWNLOAD,
        /** A question sent to a cloud model with the user's consent. */
        CLOUD,
        /**
         * A request to a server on this PC (for one, {@code zhiku bench serve} driving {@code zhiku serve}); refused
         * unless the host is {@code localhost} or a loopback IP literal, which never leaves the machine.
         */
        LOOPBACK,
        /**
         * A request to a model server on the user's network that the user marked trusted (a company's own inference
         * server, {@code zhiku engines add URL --trusted}); refused for any host and port not marked so with
         * {@link #trustServer}.
         */
        TRUSTED_SERVER
    }

    private static final Logger LOG = LoggerFactory.getLogger(Outbound.class);
    private static final Map<Purpose, AtomicLong> SENT = new EnumMap<>(Purpose.class);
    private static volatile boolean cloudAllowed;
    private static final java.util.Set<String> TRUSTED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static {
        for (Purpose p : Purpose.values()) {
            SENT.put(p, new AtomicLong());
        }
    }

    private Outbound() {
    }

    /** Whether cloud requests may leave; false until the user's settings say otherwise. */
    public static boolean cloudAllowed() {
        return cloudAllowed;
    }

    /** Set from the user's escalation policy: false for "never". */
    public static void allowCloud(boolean allowed) {
        if (cloudAllowed != allowed) {
            LOG.debug("cloud requests are now {}", allowed ? "allowed" : "refused");
        }
        cloudAllowed = allowed;
    }

    /** Lets {@link Purpose#TRUSTED_SERVER} requests go to this server's host and port (the user marked it trusted). */
    public static void trustServer(URI server) {
        TRUSTED.add(hostAndPort(server));
    }

    /** Withdraws the trust given with {@link #trustServer}. */
    public static void distrustServer(URI server) {
        TRUSTED.remove(hostAndPort(server));
    }

    private static String hostAndPort(URI uri) {
        int port = uri.getPort() > 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        return String.valueOf(uri.getHost()).toLowerCase(java.util.Locale.ROOT) + ":" + port;
    }

    /**
     * An HTTP/1.1 client.
     *
     * @param connectTimeout  longest wait to connect
     * @param proxy           the proxy selector, or null for the system's
     * @param followRedirects whether to follow redirects (never from https to http)
     */
    public static HttpClient client(Duration connectTimeout, ProxySelector proxy, boolean followRedirects) {
        HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .followRedirects(followRedirects ? HttpClient.Redirect.NORMAL : HttpClient.Redirect.NEVER);
        ProxySelector selector = proxy == null ? ProxySelector.getDefault() : proxy;
        if (selector != null) {
            builder.proxy(selector);
        }
        return builder.build();
    }

    /** Sends a request for a purpose, or refuses it with nothing sent. */
    public static <T> HttpResponse<T> send(Purpose purpose, HttpClient client, HttpRequest request,
                                           HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        check(purpose, request.uri());
        if (purpose == Purpose.LOOPBACK) {
            LOG.debug("loopback {} {}", request.method(), host(request.uri()));
        } else {
            LOG.info("outbound {} {} {}", purpose, request.method(), host(request.uri()));
        }
        SENT.get(purpose).incrementAndGet();
        return client.send(request, handler);
    }

    /** Throws when requests of this purpose may not leave now. */
    public static void check(Purpose purpose, URI destination) throws OutboundRefusedException {
        if (purpose == Purpose.CLOUD && !cloudAllowed) {
            LOG.info("refused a cloud request to {}: cloud escalation is off", host(destination));
            throw new OutboundRefusedException("cloud escalation is off in Settings; nothing was sent to "
                    + host(destination));
        }
        if (purpose == Purpose.LOOPBACK && !isLoopback(destination)) {
            LOG.info("refused a loopback request to {}: not this PC's loopback address", host(destination));
            throw new OutboundRefusedException(host(destination) + " is not a loopback address (127.0.0.1, ::1 "
                    + "or localhost); a loopback request may not leave this PC, so nothing was sent");
        }
        if (purpose == Purpose.TRUSTED_SERVER && !TRUSTED.contains(hostAndPort(destination))) {
            LOG.info("refused a request to {}: that server is not marked trusted", host(destination));
            throw new OutboundRefusedException(host(destination) + " is not a server you marked trusted, so nothing "
                    + "was sent; without trust it goes through the cloud path (preview, redaction, audit)");
        }
    }

    /**
     * Whether a URI names this PC's loopback: {@code localhost} or a loopback IP literal. Other names are not
     * looked up (a name's address can change between this check and the connection), so they are refused.
     */
    public static boolean isLoopback(URI destination) {
        String host = destination.getHost();
        if (host == null) {
            return false;
        }
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        String literal = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        try {
            return InetAddress.ofLiteral(literal).isLoopbackAddress();
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
    }

    /** A connection to a port on this PC's loopback address (never leaves the machine). */
    public static Socket loopback(int port) throws IOException {
        return new Socket(InetAddress.getLoopbackAddress(), port);
    }

    /** Requests sent for a purpose since the start of the process (for tests and the status display). */
    public static long sent(Purpose purpose) {
        return SENT.get(purpose).get();
    }

    private static String host(URI uri) {
        return uri.getHost() == null ? String.valueOf(uri) : uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }
}
