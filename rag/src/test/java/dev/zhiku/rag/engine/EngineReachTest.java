package dev.zhiku.rag.engine;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.core.net.Outbound;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** Where a server is decides where the user's text may go, and through which gate purpose. */
class EngineReachTest {

    private static Engine at(String address, boolean trusted) {
        return new Engine("s", EngineKind.OPENAI_COMPATIBLE, Engine.rootOf(address), trusted, trusted ? "now" : "", 0,
                false);
    }

    @Test
    void loopbackServersAreLocalEvenWhenMarkedTrusted() {
        assertAll(() -> assertEquals(EngineReach.LOCAL, at("http://127.0.0.1:11434", false).reach()),
                () -> assertEquals(EngineReach.LOCAL, at("http://localhost:1234/v1", false).reach()),
                () -> assertEquals(EngineReach.LOCAL, at("http://[::1]:8080", true).reach()),
                () -> assertEquals(Outbound.Purpose.LOOPBACK, EngineReach.LOCAL.purpose()),
                () -> assertTrue(EngineReach.LOCAL.direct()));
    }

    @Test
    void anyOtherAddressIsTheNetworkAndGoesThroughTheCloudPathUnlessTrusted() {
        assertAll(() -> assertEquals(EngineReach.NETWORK, at("http://192.168.1.20:11434", false).reach()),
                () -> assertEquals(EngineReach.NETWORK, at("http://10.0.0.5:8000/v1", false).reach()),
                // a name is not looked up: it may point anywhere, so it is the network
                () -> assertEquals(EngineReach.NETWORK, at("http://gpu.office.lan:8000", false).reach()),
                () -> assertEquals(EngineReach.NETWORK, at("http://127.0.0.1.example.com:80", false).reach()),
                () -> assertEquals(Outbound.Purpose.CLOUD, EngineReach.NETWORK.purpose()),
                () -> assertFalse(EngineReach.NETWORK.direct()),
                () -> assertEquals(EngineReach.TRUSTED_NETWORK, at("http://192.168.1.20:11434", true).reach()),
                () -> assertEquals(Outbound.Purpose.TRUSTED_SERVER, EngineReach.TRUSTED_NETWORK.purpose()));
    }

    @Test
    void aNetworkServerIsNeverOpenedDirectly() {
        Engine office = at("http://192.168.1.20:8000", false);
        assertThrows(IllegalArgumentException.class, () -> EngineConnector.open(office, "m", "", 4096));
    }

    @Test
    void theGateLetsTrustedRequestsOnlyToTheTrustedHostAndPort() throws Exception {
        URI server = URI.create("http://192.0.2.77:8000");
        assertThrows(dev.zhiku.core.net.OutboundRefusedException.class,
                () -> Outbound.check(Outbound.Purpose.TRUSTED_SERVER, URI.create(server + "/v1/models")));
        Outbound.trustServer(server);
        try {
            Outbound.check(Outbound.Purpose.TRUSTED_SERVER, URI.create(server + "/v1/chat/completions"));
            assertThrows(dev.zhiku.core.net.OutboundRefusedException.class,
                    () -> Outbound.check(Outbound.Purpose.TRUSTED_SERVER, URI.create("http://192.0.2.77:8001/v1")));
        } finally {
            Outbound.distrustServer(server);
        }
    }

    @Test
    void addressesAreNormalisedToTheServerRoot() {
        assertAll(() -> assertEquals(URI.create("http://127.0.0.1:8765"), Engine.rootOf("http://127.0.0.1:8765/v1/")),
                () -> assertEquals(URI.create("http://localhost:11434"), Engine.rootOf("localhost:11434")),
                () -> assertEquals(URI.create("http://127.0.0.1:8765/v1/chat"),
                        URI.create(Engine.rootOf("127.0.0.1:8765").toString() + "/v1/chat")),
                () -> assertThrows(IllegalArgumentException.class, () -> Engine.rootOf("ftp://x/")),
                () -> assertThrows(IllegalArgumentException.class, () -> Engine.rootOf("http://")));
    }
}
