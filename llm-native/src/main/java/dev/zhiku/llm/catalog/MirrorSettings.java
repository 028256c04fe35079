package dev.zhiku.llm.catalog;

import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.util.Optional;

/**
 * Where models are downloaded from: Hugging Face by default, or a mirror such as {@value #HF_MIRROR} for users in
 * mainland China; optionally through an HTTP proxy.
 *
 * @param baseUrl http(s) address without a trailing slash
 * @param proxyHost HTTP proxy host, or {@code null} for a direct connection
 * @param proxyPort HTTP proxy port, ignored without a host
 */
public record MirrorSettings(String baseUrl, String proxyHost, int proxyPort) {

    public static final String HUGGING_FACE = "https://huggingface.co";
    public static final String HF_MIRROR = "https://hf-mirror.com";

    public MirrorSettings {
        URI base = URI.create(baseUrl == null || baseUrl.isBlank() ? HUGGING_FACE : baseUrl.strip());
        if (!"https".equals(base.getScheme()) && !"http".equals(base.getScheme()) || base.getHost() == null) {
            throw new IllegalArgumentException("Download base must be an http(s) address: " + baseUrl);
        }
        baseUrl = base.toString().replaceAll("/+$", "");
        proxyHost = proxyHost == null || proxyHost.isBlank() ? null : proxyHost.strip();
        if (proxyHost != null && (proxyPort <= 0 || proxyPort > 65_535)) {
            throw new IllegalArgumentException("Proxy port must be 1-65535, was " + proxyPort);
        }
    }

    /** Hugging Face, direct. */
    public static MirrorSettings defaults() {
        return new MirrorSettings(HUGGING_FACE, null, 0);
    }

    public MirrorSettings withBaseUrl(String newBaseUrl) {
        return new MirrorSettings(newBaseUrl, proxyHost, proxyPort);
    }

    public MirrorSettings withProxy(String host, int port) {
        return new MirrorSettings(baseUrl, host, port);
    }

    /** The address of the model's file under this base. */
    public URI downloadUri(CatalogModel model) {
        return URI.create(baseUrl + model.urlPath());
    }

    public Optional<InetSocketAddress> proxyAddress() {
        return proxyHost == null ? Optional.empty()
                : Optional.of(InetSocketAddress.createUnresolved(proxyHost, proxyPort));
    }

    /** For {@code HttpClient.newBuilder().proxy(...)}: the proxy, or the system's default selector. */
    public ProxySelector proxySelector() {
        return proxyAddress().map(ProxySelector::of).orElseGet(ProxySelector::getDefault);
    }
}
