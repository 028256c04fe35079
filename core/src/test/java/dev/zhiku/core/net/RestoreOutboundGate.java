package dev.zhiku.core.net;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Puts the process-wide outbound gate back as it was before a test class ran, so a class that allows cloud
 * requests (directly or through the wiring of a home with a cloud service) cannot change what later classes in the
 * same JVM see. Registered for every test class of {@code rag} and {@code desktop-app} through JUnit's extension
 * auto-detection ({@code junit-platform.properties} and {@code META-INF/services} in their test resources).
 */
public final class RestoreOutboundGate implements BeforeAllCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(RestoreOutboundGate.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NAMESPACE).put("cloudAllowed", Outbound.cloudAllowed());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Boolean before = context.getStore(NAMESPACE).get("cloudAllowed", Boolean.class);
        Outbound.allowCloud(before != null && before);
    }
}
