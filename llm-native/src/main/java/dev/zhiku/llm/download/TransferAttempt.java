package dev.zhiku.llm.download;

import dev.zhiku.core.net.Outbound;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One HTTP exchange of a download: asks for the missing bytes (or all of them), decides from the answer whether
 * to append, start over or stop, and streams the body into the part file.
 */
final class TransferAttempt {

    /** How an attempt ended when it did not throw. */
    enum Outcome { COMPLETE, CANCELLED, RESTART }

    private static final Logger LOG = LoggerFactory.getLogger(TransferAttempt.class);
    private static final int BUFFER = 64 * 1024;
    private static final int CANCELLED_READ = -2;

    private final HttpClient client;
    private final DownloadSettings settings;
    private final DownloadRequest request;
    private final PartFile part;
    private final SpaceCheck space;
    private final ProgressMeter meter;
    private final DownloadControl control;
    private long bytesWritten;
    private long total = -1;

    TransferAttempt(HttpClient client, DownloadSettings settings, DownloadRequest request, PartFile part,
            SpaceCheck space, ProgressMeter meter, DownloadControl control) {
        this.client = client;
        this.settings = settings;
        this.request = request;
        this.part = part;
        this.space = space;
        this.meter = meter;
        this.control = control;
    }

    /** Bytes this attempt added to the part file. */
    long bytesWritten() {
        return bytesWritten;
    }

    /** The full size as the server announced it, or -1. */
    long total() {
        return total;
    }

    Outcome run() throws IOException, InterruptedException {
        long have = part.prepare();
        if (request.expectedSize() != null) {
            space.require(request.expectedSize() - have);
        }
        HttpRequest.Builder builder = HttpClients.get(request.uri(), settings.http());
        if (have > 0) {
            builder.header("Range", "bytes=" + have + "-");
            String validator = part.info() == null ? null : part.info().validator();
            if (validator != null) {
                builder.header("If-Range", validator);
            }
        }
        HttpResponse<InputStream> response = Outbound.send(Outbound.Purpose.MODEL_DOWNLOAD, client,
                builder.build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            Outcome early = interpret(response, have);
            if (early != null) {
                return early;
            }
            if (total >= 0) {
                space.require(total - part.length());
            }
            return stream(body);
        }
    }

    private Outcome interpret(HttpResponse<?> response, long have) throws IOException {
        int status = response.statusCode();
        HttpHeaders headers = response.headers();
        PartInfo fresh = new PartInfo(request.uri().toString(), headers.firstValue("ETag").orElse(null),
                headers.firstValue("Last-Modified").orElse(null), request.expectedSize());
        if (status == 200) {
            if (have > 0) {
                LOG.info("{} sends the whole file again; restarting {}", request.uri(), part.path());
            }
            total = headers.firstValueAsLong("Content-Length").orElse(-1);
            part.restart(fresh);
            meter.reset();
            return null;
        }
        if (status == 206) {
            return resumeOrRestart(ContentRange.parse(headers.firstValue("Content-Range").orElse(null)), fresh, have);
        }
        if (status == 416 && have > 0) {
            return completeOrRestart(ContentRange.parse(headers.firstValue("Content-Range").orElse(null)), have);
        }
        if (status >= 500) {
            throw new ServerFailure(status);
        }
        throw FailureText.forStatus(status, request.uri());
    }

    private Outcome resumeOrRestart(ContentRange range, PartInfo fresh, long have) throws IOException {
        PartInfo known = part.info();
        boolean changed = known != null && (differs(known.etag(), fresh.etag())
                || differs(known.lastModified(), fresh.lastModified()));
        if (range == null || range.start() != have || changed) {
            LOG.info("The remote file of {} changed or the range is wrong ({}); starting over", part.path(), range);
            part.discard();
            return Outcome.RESTART;
        }
        total = range.total();
        part.remember(fresh);
        LOG.info("Resuming {} at byte {}", part.path(), have);
        return null;
    }

    private Outcome completeOrRestart(ContentRange range, long have) throws IOException {
        long announced = range == null ? -1 : range.total();
        Long expected = request.expectedSize();
        if (announced == have || (announced < 0 && expected != null && expected == have)) {
            total = have;
            return Outcome.COMPLETE;
        }
        LOG.info("Server rejected the range for {} (has {} bytes, file is {}); starting over", part.path(), have,
                announced);
        part.discard();
        return Outcome.RESTART;
    }

    private Outcome stream(InputStream body) throws IOException {
        byte[] buffer = new byte[BUFFER];
        long done = part.length();
        meter.update(done, total);
        try (OutputStream out = part.openAppend();
                StallGuard guard = StallGuard.start(body, control, settings.http().readTimeout())) {
            while (!control.isCancelled()) {
                int n = read(body, buffer, guard);
                if (n == CANCELLED_READ) {
                    break;
                }
                if (n < 0) {
                    if (total >= 0 && done != total) {
                        throw new IOException("connection closed after " + done + " of " + total + " bytes");
                    }
                    return Outcome.COMPLETE;
                }
                guard.touch();
                write(out, buffer, n);
                done += n;
                meter.update(done, total);
            }
        }
        return Outcome.CANCELLED;
    }

    /** Reads the next bytes: -1 at the end, {@link #CANCELLED_READ} when a cancel closed the stream. */
    private int read(InputStream body, byte[] buffer, StallGuard guard) throws IOException {
        IOException failure = null;
        int n;
        try {
            n = body.read(buffer);
        } catch (IOException e) {
            failure = e;
            n = -1;
        }
        if (n < 0 && control.isCancelled()) {
            return CANCELLED_READ;
        }
        if (n < 0 && guard.stalled()) {
            throw new IOException("no data for " + settings.http().readTimeout().toSeconds() + " s", failure);
        }
        if (failure != null) {
            throw failure;
        }
        return n;
    }

    private void write(OutputStream out, byte[] buffer, int n) {
        try {
            out.write(buffer, 0, n);
            bytesWritten += n;
        } catch (IOException e) {
            throw new DownloadException("cannot write " + part.path() + ": " + e.getMessage()
                    + "; check the disk", e);
        }
    }

    private static boolean differs(String known, String fresh) {
        return known != null && fresh != null && !Objects.equals(known, fresh);
    }
}
