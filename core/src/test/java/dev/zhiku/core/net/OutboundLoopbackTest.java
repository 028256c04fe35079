package dev.zhiku.core.net;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Purpose.LOOPBACK: allowed only to this PC's loopback, whatever the cloud setting, and refused with nothing sent. */
class OutboundLoopbackTest {

    @Test
    void loopbackLiteralsAndLocalhostAreLoopback() {
        assertAll(() -> assertTrue(Outbound.isLoopback(URI.create("http://127.0.0.1:8765/v1"))),
                () -> assertTrue(Outbound.isLoopback(URI.create("http://127.3.4.5/"))),
                () -> assertTrue(Outbound.isLoopback(URI.create("http://[::1]:8765/v1"))),
                () -> assertTrue(Outbound.isLoopback(URI.create("http://LocalHost:1/"))));
    }

    @Test
    void otherAddressesAndNamesAreNot() {
        assertAll(() -> assertFalse(Outbound.isLoopback(URI.create("http://10.0.0.1/"))),
                () -> assertFalse(Outbound.isLoopback(URI.create("http://[2001:db8::1]/"))),
                () -> assertFalse(Outbound.isLoopback(URI.create("https://api.example.com/v1"))),
                () -> assertFalse(Outbound.isLoopback(URI.create("http://127.0.0.1.example.com/"))),
                () -> assertFalse(Outbound.isLoopback(URI.create("file:///etc/hosts"))));
    }

    @Test
    void aRequestToAnotherHostIsRefusedAndNotCounted() {
        long before = Outbound.sent(Outbound.Purpose.LOOPBACK);
        HttpClient client = Outbound.client(Duration.ofSeconds(1), HttpClient.Builder.NO_PROXY, false);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://192.0.2.1/v1/models")).build();
        OutboundRefusedException e = assertThrows(OutboundRefusedException.class, () -> Outbound.send(
                Outbound.Purpose.LOOPBACK, client, request, HttpResponse.BodyHandlers.discarding()));
        assertAll(() -> assertTrue(e.getMessage().contains("192.0.2.1"), e.getMessage()),
                () -> assertEquals(before, Outbound.sent(Outbound.Purpose.LOOPBACK)));
    }

    @Test
    void aRequestToLoopbackIsSentWithCloudOff() throws Exception {
        Outbound.allowCloud(false);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = "pong".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            HttpClient client = Outbound.client(Duration.ofSeconds(5), HttpClient.Builder.NO_PROXY, false);
            URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/ping");
            HttpResponse<String> response = assertDoesNotThrow(() -> Outbound.send(Outbound.Purpose.LOOPBACK,
                    client, HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()));
            assertEquals("pong", response.body());
        } finally {
            server.stop(0);
        }
    }
}
