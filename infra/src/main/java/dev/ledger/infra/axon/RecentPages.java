package dev.ledger.infra.axon;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;

/**
 * The last few full pages of events the store read for streams, each for a moment. Streams catching up from the same
 * token ask for the same pages: the forwarder's segments each read the whole history and keep their own share, so
 * every page was read from PostgreSQL once a segment. Now a page is read once, and a stream asking for a page being
 * read waits for that read.
 * <p>
 * A page given again is what a read at that moment gave: its tokens keep the gaps it saw, so an event committed into
 * one since still comes, as it would to the stream that read the page first. Only full pages are kept; a short one
 * ends at the head, which grows.
 */
final class RecentPages {

    private static final class Page {
        final TrackingToken after;
        final int size;
        final CompletableFuture<List<? extends TrackedEventData<?>>> events = new CompletableFuture<>();
        volatile long readAtNanos;

        Page(TrackingToken after, int size) {
            this.after = after;
            this.size = size;
        }
    }

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
                page = new Page(after, size);
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
        } catch (RuntimeException | Error e) {
            forget(page);
            page.events.completeExceptionally(e);
            throw e;
        }
        if (events.size() != page.size) {
            forget(page);
        }
        page.readAtNanos = System.nanoTime();
        page.events.complete(Collections.unmodifiableList(events));
        return events;
    }

    /** The running read's page; should that read fail, this stream reads for itself and fails (or not) on its own. */
    private static List<? extends TrackedEventData<?>> await(Page page, Supplier<List<? extends TrackedEventData<?>>> read) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return page.events.get();
                } catch (InterruptedException e) {
                    interrupted = true; // the read ends soon either way; the interrupt is kept for the caller
                } catch (ExecutionException e) {
                    return read.get();
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void forget(Page page) {
        synchronized (pages) {
            pages.remove(page);
        }
    }
}
