package dev.zhiku.rag.cloud;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A response body's buffers, queued as they arrive so the generating thread can wait for them in short polls
 * (checking Stop and the idle timeout between polls) and cancel the body at any moment.
 */
public final class ResponseChunks implements Flow.Subscriber<List<ByteBuffer>> {

    /** The body ended normally. */
    public static final Object END = new Object();

    private final LinkedBlockingQueue<Object> queue = new LinkedBlockingQueue<>();
    private volatile Flow.Subscription subscription;

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
        queue.add(item);
    }

    @Override
    public void onError(Throwable throwable) {
        queue.add(throwable);
    }

    @Override
    public void onComplete() {
        queue.add(END);
    }

    /** The next item — a {@code List<ByteBuffer>}, a {@link Throwable} or {@link #END} — or null after the wait. */
    public Object poll(long millis) throws InterruptedException {
        return queue.poll(millis, TimeUnit.MILLISECONDS);
    }

    /** Stops the body; the connection is closed. */
    public void cancel() {
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
    }
}
