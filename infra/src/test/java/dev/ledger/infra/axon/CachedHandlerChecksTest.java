package dev.ledger.infra.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.junit.jupiter.api.Test;

class CachedHandlerChecksTest {

    record Created(String id) {
    }

    record Captured(String id) {
    }

    record Renamed(String id) {
    }

    record Invited(String id) {
    }

    /** A read model of orders: takes creations and captures, and replays. */
    static final class Orders {
        final List<Object> seen = new ArrayList<>();

        @EventHandler
        void on(Created event) {
            seen.add(event);
        }

        @EventHandler
        void on(Captured event) {
            seen.add(event);
        }
    }

    /** A process that sends mail on creations and invitations: never on a replay. */
    @DisallowReplay
    static final class Mailer {
        final List<Object> seen = new ArrayList<>();

        @EventHandler
        void on(Created event) {
            seen.add(event);
        }

        @EventHandler
        void on(Invited event) {
            seen.add(event);
        }
    }

    private final Orders orders = new Orders();
    private final Mailer mailer = new Mailer();
    private final EventHandlerInvoker axons = new MultiEventHandlerInvoker(
            SimpleEventHandlerInvoker.builder().eventHandlers(orders).build(),
            SimpleEventHandlerInvoker.builder().eventHandlers(mailer).build());
    private final EventHandlerInvoker cached = CachedHandlerChecks.around(axons);

    @Test
    void an_event_goes_to_the_handlers_of_its_type_only() throws Exception {
        // given a capture
        EventMessage<?> captured = event(new Captured("order-1"), "order-1", false);

        // when the processor asks and hands it over
        boolean takes = cached.canHandle(captured, Segment.ROOT_SEGMENT);
        cached.handle(captured, Segment.ROOT_SEGMENT);

        // then only the orders read model had it
        assertThat(takes).isTrue();
        assertThat(orders.seen).containsExactly(new Captured("order-1"));
        assertThat(mailer.seen).isEmpty();
    }

    @Test
    void a_replayed_event_goes_only_to_handlers_that_allow_replays() throws Exception {
        // given a creation, once live and once replayed
        EventMessage<?> live = event(new Created("order-1"), "order-1", false);
        EventMessage<?> replayed = event(new Created("order-2"), "order-2", true);

        // when both are handed over
        cached.handle(live, Segment.ROOT_SEGMENT);
        cached.handle(replayed, Segment.ROOT_SEGMENT);

        // then the mailer saw the live one only, and a replayed invitation, which only the mailer takes, is refused
        assertThat(orders.seen).containsExactly(new Created("order-1"), new Created("order-2"));
        assertThat(mailer.seen).containsExactly(new Created("order-1"));
        assertThat(cached.canHandle(event(new Invited("order-3"), "order-3", true), Segment.ROOT_SEGMENT)).isFalse();
        assertThat(cached.canHandle(event(new Invited("order-3"), "order-3", false), Segment.ROOT_SEGMENT)).isTrue();
    }

    @Test
    void a_lone_invoker_is_asked_as_axon_asks_it() {
        // given the mailer's invoker alone, as Axon would give it to a processor without wrapping it
        EventHandlerInvoker alone = SimpleEventHandlerInvoker.builder().eventHandlers(mailer).build();
        EventHandlerInvoker cachedAlone = CachedHandlerChecks.around(alone);

        // when it is asked about live and replayed invitations and captures
        // then it answers as the invoker itself does
        for (boolean replayed : new boolean[] {false, true}) {
            for (Object payload : List.of(new Invited("order-1"), new Captured("order-1"))) {
                EventMessage<?> event = event(payload, "order-1", replayed);
                assertThat(cachedAlone.canHandle(event, Segment.ROOT_SEGMENT))
                        .as("%s, replayed %s", payload, replayed)
                        .isEqualTo(alone.canHandle(event, Segment.ROOT_SEGMENT));
            }
        }
    }

    @Test
    void an_event_no_handler_takes_is_refused_by_type() {
        // given a rename, which no handler takes
        EventMessage<?> renamed = event(new Renamed("order-1"), "order-1", false);

        // when the processor asks, by message and by type
        // then both answers are no
        assertThat(cached.canHandle(renamed, Segment.ROOT_SEGMENT)).isFalse();
        assertThat(cached.canHandleType(Renamed.class)).isFalse();
        assertThat(cached.canHandleType(Created.class)).isTrue();
    }

    @Test
    void its_answers_are_axons_for_every_type_segment_and_replay() {
        // given events of every type, for many aggregates, live and replayed, and two segments
        Segment[] halves = Segment.ROOT_SEGMENT.split();
        List<EventMessage<?>> events = new ArrayList<>();
        for (int n = 0; n < 50; n++) {
            String id = "order-" + n;
            for (Object payload : List.of(new Created(id), new Captured(id), new Renamed(id), new Invited(id))) {
                events.add(event(payload, id, false));
                events.add(event(payload, id, true));
            }
        }

        // when both invokers are asked about each event in each segment
        // then they answer the same every time
        for (EventMessage<?> event : events) {
            for (Segment segment : List.of(Segment.ROOT_SEGMENT, halves[0], halves[1])) {
                assertThat(cached.canHandle(event, segment))
                        .as("%s in %s", event.getPayload(), segment)
                        .isEqualTo(axons.canHandle(event, segment));
            }
        }
        assertThat(cached.supportsReset()).isEqualTo(axons.supportsReset());
    }

    private static EventMessage<?> event(Object payload, String aggregateId, boolean replayed) {
        GlobalSequenceTrackingToken at = new GlobalSequenceTrackingToken(1);
        return new GenericTrackedDomainEventMessage<>(
                replayed ? ReplayToken.createReplayToken(new GlobalSequenceTrackingToken(10), at) : at,
                new GenericDomainEventMessage<>("Order", aggregateId, 0, payload));
    }
}
