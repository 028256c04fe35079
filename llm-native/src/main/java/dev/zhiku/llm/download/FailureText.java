package dev.zhiku.llm.download;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.UnresolvedAddressException;

/** Turns HTTP statuses and network exceptions into one-line messages a person can act on. */
final class FailureText {

    private FailureText() {
    }

    /** The error for a status that retrying will not fix. */
    static DownloadException forStatus(int status, URI uri) {
        return switch (status) {
            case 404, 410 -> new DownloadException(
                    "not found on the server (" + status + "): check the mirror URL " + uri);
            case 401, 403 -> new DownloadException("access denied by the server (" + status
                    + "): the file may need a login or an accepted licence; try another mirror for " + uri);
            default -> new DownloadException("the server refused the download (HTTP " + status + "): " + uri);
        };
    }

    /** The error after the last retry of a transient failure. */
    static DownloadException afterRetries(IOException failure, URI uri, int attempts) {
        String tries = attempts == 1 ? "" : " (" + attempts + " attempts)";
        if (failure instanceof ServerFailure server) {
            return new DownloadException("the server failed (HTTP " + server.status() + ")" + tries
                    + "; try again later or use another mirror: " + uri, failure);
        }
        if (unreachable(failure)) {
            return new DownloadException("cannot reach host: " + hostOf(uri) + tries
                    + "; check the network connection or the proxy setting", failure);
        }
        return new DownloadException("download interrupted" + tries + ": " + describe(failure)
                + "; run it again to resume", failure);
    }

    private static boolean unreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnresolvedAddressException
                    || t instanceof UnknownHostException || t instanceof HttpConnectTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static String hostOf(URI uri) {
        return uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }
}
