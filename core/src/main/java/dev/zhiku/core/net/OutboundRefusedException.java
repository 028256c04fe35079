package dev.zhiku.core.net;

import java.io.IOException;

/** An outbound request the user's settings do not allow; nothing was sent. */
public final class OutboundRefusedException extends IOException {

    public OutboundRefusedException(String message) {
        super(message);
    }
}
