package dev.zhiku.llm.download;

import dev.zhiku.core.net.Outbound;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;

/**
 * Builds every HTTP client and request of this package, so proxy, timeouts, redirects and the {@code User-Agent}
 * are set in one place.
 */
public final class HttpClients {

    private HttpClients() {
    }

    /** A client that follows redirects (never from https to http) and uses the given proxy and timeouts. */
    public static HttpClient create(HttpSettings settings) {
        HttpProxy proxy = settings.proxy();
        ProxySelector selector = proxy == null
                ? null
                : ProxySelector.of(new InetSocketAddress(proxy.host(), proxy.port()));
        return Outbound.client(settings.connectTimeout(), selector, true);
    }

    /** A GET request with the {@code User-Agent} and the header timeout set. */
    public static HttpRequest.Builder get(URI uri, HttpSettings settings) {
        return HttpRequest.newBuilder(uri)
                .GET()
                .timeout(settings.readTimeout())
                .header("User-Agent", userAgent());
    }

    /** {@code Zhiku/<version>}, the version from the jar manifest, or "dev" when run from classes. */
    public static String userAgent() {
        String version = HttpClients.class.getPackage().getImplementationVersion();
        return "Zhiku/" + (version == null ? "dev" : version);
    }
}
