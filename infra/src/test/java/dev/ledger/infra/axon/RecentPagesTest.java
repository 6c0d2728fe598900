package dev.ledger.infra.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Test;

class RecentPagesTest {

    private static final long A_MINUTE = Duration.ofMinutes(1).toNanos();

    private final AtomicInteger reads = new AtomicInteger();

    @Test
    void a_second_stream_asking_for_the_same_full_page_gets_the_first_ones_without_a_read() {
        // given a page of three events read for a stream at position 10
        RecentPages pages = new RecentPages(4, A_MINUTE);
        List<? extends TrackedEventData<?>> first = pages.fetch(at(10), 3, store(11, 12, 13));

        // when another stream asks for the page after an equal token
        List<? extends TrackedEventData<?>> second = pages.fetch(at(10), 3, store(11, 12, 13));

        // then it gets the same events, and the store was read once
        assertThat(positions(second)).containsExactly(11L, 12L, 13L);
        assertThat(second).isEqualTo(first);
        assertThat(reads).hasValue(1);
    }

    @Test
    void a_short_page_ends_at_the_head_and_is_read_again() {
        // given a page that came back with two events where three were asked: the store's head
        RecentPages pages = new RecentPages(4, A_MINUTE);
        pages.fetch(at(10), 3, store(11, 12));

        // when the next stream asks, after an event was committed meanwhile
        List<? extends TrackedEventData<?>> second = pages.fetch(at(10), 3, store(11, 12, 13));

        // then it reads the store and sees the new event
        assertThat(positions(second)).containsExactly(11L, 12L, 13L);
        assertThat(reads).hasValue(2);
    }

    @Test
    void another_token_or_page_size_is_another_page() {
        // given a full page after position 10, read with a gap at 7 and then without one
        RecentPages pages = new RecentPages(4, A_MINUTE);
        pages.fetch(at(10, 7), 3, store(11, 12, 13));

        // when streams ask after the token without the gap, and for a bigger page
        pages.fetch(at(10), 3, store(11, 12, 13));
        pages.fetch(at(10, 7), 4, store(7, 11, 12, 13));

        // then each was read from the store
        assertThat(reads).hasValue(3);
    }

    @Test
    void a_page_older_than_its_time_is_read_again() {
        // given pages kept for no time at all
        RecentPages pages = new RecentPages(4, -1);
        pages.fetch(at(10), 3, store(11, 12, 13));

        // when the same page is asked again
        pages.fetch(at(10), 3, store(11, 12, 13));

        // then it was read twice
        assertThat(reads).hasValue(2);
    }

    @Test
    void only_the_newest_pages_are_kept() {
        // given room for two pages and three read
        RecentPages pages = new RecentPages(2, A_MINUTE);
        pages.fetch(at(0), 2, store(1, 2));
        pages.fetch(at(2), 2, store(3, 4));
        pages.fetch(at(4), 2, store(5, 6));

        // when the oldest and the newest are asked again
        pages.fetch(at(4), 2, store(5, 6));
        pages.fetch(at(0), 2, store(1, 2));

        // then the newest came from memory and the oldest from the store
        assertThat(reads).hasValue(4);
    }

    @Test
    void a_stream_asking_for_a_page_being_read_waits_for_that_read() throws Exception {
        // given a read of a page still running
        RecentPages pages = new RecentPages(4, A_MINUTE);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<List<? extends TrackedEventData<?>>> first = reading(pages, held(release, store(11, 12, 13)));

        // when another stream asks for the same page meanwhile, and the read then ends
        CompletableFuture<List<? extends TrackedEventData<?>>> second = anotherStreamWaiting(pages).page();
        release.countDown();

        // then both get the page, read once
        assertThat(positions(second.get(5, TimeUnit.SECONDS))).containsExactly(11L, 12L, 13L);
        assertThat(positions(first.get(5, TimeUnit.SECONDS))).containsExactly(11L, 12L, 13L);
        assertThat(reads).hasValue(1);
    }

    @Test
    void when_the_read_it_waits_for_fails_a_stream_reads_for_itself() throws Exception {
        // given a read of a page still running, which will fail
        RecentPages pages = new RecentPages(4, A_MINUTE);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<List<? extends TrackedEventData<?>>> first = reading(pages, () -> {
            reads.incrementAndGet();
            await(release);
            throw new IllegalStateException("connection lost");
        });

        // when another stream asks for the same page meanwhile, and the read then fails
        CompletableFuture<List<? extends TrackedEventData<?>>> second = anotherStreamWaiting(pages).page();
        release.countDown();

        // then the first fails, the second read the page itself
        assertThatThrownBy(() -> first.get(5, TimeUnit.SECONDS)).hasRootCauseMessage("connection lost");
        assertThat(positions(second.get(5, TimeUnit.SECONDS))).containsExactly(11L, 12L, 13L);
        assertThat(reads).hasValue(2);
    }

    @Test
    void a_stream_interrupted_while_it_waits_reads_for_itself_and_keeps_the_interrupt() throws Exception {
        // given a read of a page still running, and another stream waiting for it
        RecentPages pages = new RecentPages(4, A_MINUTE);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<List<? extends TrackedEventData<?>>> first = reading(pages, held(release, store(11, 12, 13)));
        Waiting second = anotherStreamWaiting(pages);

        // when the waiting stream is interrupted
        second.thread().interrupt();

        // then it read the page itself, with its interrupt kept, while the first read still runs
        assertThat(positions(second.page().get(5, TimeUnit.SECONDS))).containsExactly(11L, 12L, 13L);
        assertThat(second.interruptedAfter().get(5, TimeUnit.SECONDS)).isTrue();
        assertThat(first).isNotDone();
        release.countDown();
        assertThat(positions(first.get(5, TimeUnit.SECONDS))).containsExactly(11L, 12L, 13L);
        assertThat(reads).hasValue(2);
    }

    /** A stream reading the page after position 10 on a thread of its own, once its read has begun. */
    private CompletableFuture<List<? extends TrackedEventData<?>>> reading(RecentPages pages,
            Supplier<List<? extends TrackedEventData<?>>> read) throws InterruptedException {
        CompletableFuture<List<? extends TrackedEventData<?>>> answer =
                CompletableFuture.supplyAsync(() -> pages.fetch(at(10), 3, read));
        awaitReads(1);
        return answer;
    }

    /** A stream waiting on its thread: the page it gets, and whether its thread was interrupted once it had it. */
    private record Waiting(Thread thread, CompletableFuture<List<? extends TrackedEventData<?>>> page,
            CompletableFuture<Boolean> interruptedAfter) {
    }

    /** Another stream asking for the same page on a thread of its own, once it waits. */
    private Waiting anotherStreamWaiting(RecentPages pages) throws InterruptedException {
        CompletableFuture<List<? extends TrackedEventData<?>>> page = new CompletableFuture<>();
        CompletableFuture<Boolean> interruptedAfter = new CompletableFuture<>();
        Thread asking = new Thread(() -> {
            page.complete(pages.fetch(at(10), 3, store(11, 12, 13)));
            interruptedAfter.complete(Thread.currentThread().isInterrupted());
        });
        asking.start();
        awaitWaiting(asking);
        return new Waiting(asking, page, interruptedAfter);
    }

    private static Supplier<List<? extends TrackedEventData<?>>> held(CountDownLatch release,
            Supplier<List<? extends TrackedEventData<?>>> read) {
        return () -> {
            List<? extends TrackedEventData<?>> events = read.get();
            await(release);
            return events;
        };
    }

    private static void await(CountDownLatch release) {
        try {
            release.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitReads(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (reads.get() < count && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertThat(reads).hasValue(count);
    }

    private static void awaitWaiting(Thread thread) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (thread.getState() != Thread.State.TIMED_WAITING && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertThat(thread.getState()).isEqualTo(Thread.State.TIMED_WAITING);
    }

    private static TrackingToken at(long index, long... gaps) {
        return GapAwareTrackingToken.newInstance(index,
                LongStream.of(gaps).boxed().collect(Collectors.toCollection(TreeSet::new)));
    }

    private Supplier<List<? extends TrackedEventData<?>>> store(long... positions) {
        return () -> {
            reads.incrementAndGet();
            List<TrackedEventData<?>> events = new ArrayList<>();
            for (long position : positions) {
                events.add(new TrackedDomainEventData<>(at(position), new GenericDomainEventEntry<>("PaymentOrder",
                        "order-" + position, 0, "event-" + position, "2026-12-07T20:00:00.000Z", "Created", "1",
                        "{}", "{}")));
            }
            return events;
        };
    }

    private static List<Long> positions(List<? extends TrackedEventData<?>> events) {
        return events.stream().map(event -> event.trackingToken().position().orElseThrow()).toList();
    }
}
