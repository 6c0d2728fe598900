package dev.ledger.infra.axon;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;

/**
 * The last few full pages of events the store read for streams, each for a moment. Streams catching up from the same
 * token ask for the same pages: the forwarder's segments each read the whole history and keep their own share, so
 * every page was read from PostgreSQL once a segment. Now a page is read once, and a stream asking for a page being
 * read waits for that read.
 * <p>
 * A page given again is what a read at that moment gave (at most {@code maxAge} ago): its tokens keep the gaps that read
 * kept, so an event committed into one of them since still comes, as it would to the stream that read the page first.
 * Only full pages are kept; a short one ends at the head, which grows. A stream waits for another's read a while at
 * most, and not through an interrupt: then it reads for itself.
 */
final class RecentPages {

    private static final class Page {
        final TrackingToken after;
        final int size;
        final CompletableFuture<List<? extends TrackedEventData<?>>> events = new CompletableFuture<>();
        final long readAtNanos;

        Page(TrackingToken after, int size, long readAtNanos) {
            this.after = after;
            this.size = size;
            this.readAtNanos = readAtNanos;
        }
    }

    /** A page query takes milliseconds; one that takes this long is stuck, and a stream waiting for it reads itself. */
    private static final long WAIT_FOR_OTHER_READ_MILLIS = 10_000;

    private final int capacity;
    private final long maxAgeNanos;
    private final Deque<Page> pages;

    RecentPages(int capacity, long maxAgeNanos) {
        this.capacity = capacity;
        this.maxAgeNanos = maxAgeNanos;
        this.pages = new ArrayDeque<>(capacity + 1);
    }

    /** The page of {@code size} events after {@code after}: a recent or running read's if there is one, else {@code read}'s. */
    List<? extends TrackedEventData<?>> fetch(TrackingToken after, int size,
            Supplier<List<? extends TrackedEventData<?>>> read) {
        Page page;
        boolean reader;
        synchronized (pages) {
            long now = System.nanoTime();
            forgetOld(now);
            page = find(after, size);
            reader = page == null;
            if (reader) {
                page = new Page(after, size, now);
                pages.addFirst(page);
                while (pages.size() > capacity) {
                    pages.removeLast();
                }
            }
        }
        return reader ? read(page, read) : await(page, read);
    }

    private Page find(TrackingToken after, int size) {
        for (Page page : pages) {
            if (page.size == size && Objects.equals(page.after, after)) {
                return page;
            }
        }
        return null;
    }

    /** Pages past their age go at the next fetch (the store's head is polled all the time), not at the next full one. */
    private void forgetOld(long now) {
        pages.removeIf(page -> page.events.isDone() && now - page.readAtNanos > maxAgeNanos);
    }

    private List<? extends TrackedEventData<?>> read(Page page, Supplier<List<? extends TrackedEventData<?>>> read) {
        List<? extends TrackedEventData<?>> events;
        try {
            events = read.get();
        } catch (Throwable e) {
            // Whatever ends the read must end the waits for it too.
            forget(page);
            page.events.completeExceptionally(e);
            throw e;
        }
        if (events.size() != page.size) {
            forget(page);
        }
        page.events.complete(Collections.unmodifiableList(events));
        return events;
    }

    /** The running read's page; should that read fail, stall or be given up, this stream reads for itself. */
    private static List<? extends TrackedEventData<?>> await(Page page, Supplier<List<? extends TrackedEventData<?>>> read) {
        try {
            return page.events.get(WAIT_FOR_OTHER_READ_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // kept for the caller, which decides what an interrupt means
            return read.get();
        } catch (ExecutionException | TimeoutException e) {
            return read.get();
        }
    }

    private void forget(Page page) {
        synchronized (pages) {
            pages.remove(page);
        }
    }
}
