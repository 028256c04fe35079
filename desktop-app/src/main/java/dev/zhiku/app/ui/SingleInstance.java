package dev.zhiku.app.ui;

import dev.zhiku.core.net.Outbound;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One window per home: the first instance holds {@code app.lock} and listens on a loopback port (written to
 * {@code app.port}); a second launch sends it "show" and ends.
 */
public final class SingleInstance implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SingleInstance.class);
    private static final String SHOW = "show";

    private final FileChannel channel;
    private final FileLock lock;
    private final ServerSocket server;

    private SingleInstance(FileChannel channel, FileLock lock, ServerSocket server) {
        this.channel = channel;
        this.lock = lock;
        this.server = server;
    }

    /**
     * Becomes the instance of {@code homeRoot}, or, when another one runs, asks it to come forward and returns empty.
     *
     * @param onShow run (on a listener thread) when a later launch asks this one to show itself
     */
    public static Optional<SingleInstance> acquire(Path homeRoot, Runnable onShow) throws IOException {
        Files.createDirectories(homeRoot);
        FileChannel channel = FileChannel.open(homeRoot.resolve("app.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            signal(homeRoot);
            return Optional.empty();
        }
        ServerSocket server = new ServerSocket(0, 4, InetAddress.getLoopbackAddress());
        Files.writeString(homeRoot.resolve("app.port"), Integer.toString(server.getLocalPort()));
        SingleInstance instance = new SingleInstance(channel, lock, server);
        Thread listener = new Thread(() -> instance.listen(onShow), "zhiku-single-instance");
        listener.setDaemon(true);
        listener.start();
        return Optional.of(instance);
    }

    private static void signal(Path homeRoot) {
        try (Socket s = Outbound.loopback(Integer.parseInt(Files.readString(homeRoot.resolve("app.port")).strip()));
             OutputStream out = s.getOutputStream()) {
            out.write((SHOW + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException | NumberFormatException e) {
            LOG.warn("another Zhiku holds {} but did not answer", homeRoot, e);
        }
    }

    private void listen(Runnable onShow) {
        while (!server.isClosed()) {
            try (Socket s = server.accept();
                 BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(),
                         StandardCharsets.UTF_8))) {
                s.setSoTimeout(2_000);
                if (SHOW.equals(in.readLine())) {
                    onShow.run();
                }
            } catch (IOException e) {
                if (!server.isClosed()) {
                    LOG.debug("single-instance connection failed", e);
                }
            }
        }
    }

    @Override
    public void close() {
        try {
            server.close();
            lock.release();
            channel.close();
        } catch (IOException e) {
            LOG.debug("releasing the instance lock failed", e);
        }
    }
}
