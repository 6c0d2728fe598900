package dev.ledger.infra.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Test;

class ReadModelProcessorTest {

    @Test
    void everyReadModelRunsInTheSharedProcessorAndEveryOtherGroupInItsOwn() {
        assertThat(ReadModelProcessor.processorFor("payment-order-read-model")).isEqualTo("read-models");
        assertThat(ReadModelProcessor.processorFor("customer-read-model")).isEqualTo("read-models");
        assertThat(ReadModelProcessor.processorFor("billing-processes")).isEqualTo("billing-processes");
        assertThat(ReadModelProcessor.processorFor("kafka-forwarder")).isEqualTo("kafka-forwarder");
    }

    @Test
    void theTakeoverStartsAtTheLowestPositionWithEveryGapStillAwaited() {
        TrackingToken ahead = GapAwareTrackingToken.newInstance(120, Set.of(90L, 118L));
        TrackingToken behind = GapAwareTrackingToken.newInstance(100, Set.of(95L));

        TrackingToken lowest = ReadModelTokenTakeover.lowest(List.of(ahead, behind));

        assertThat(lowest).isEqualTo(GapAwareTrackingToken.newInstance(100, Set.of(90L, 95L)));
    }

    @Test
    void aProcessorInTheMiddleOfAReplayCountsWithWhereItHasReplayedTo() {
        TrackingToken replaying = ReplayToken.createReplayToken(GapAwareTrackingToken.newInstance(500, Set.of()),
                GapAwareTrackingToken.newInstance(40, Set.of()));
        TrackingToken caughtUp = GapAwareTrackingToken.newInstance(500, Set.of());

        TrackingToken lowest = ReadModelTokenTakeover.lowest(List.of(caughtUp, replaying));

        assertThat(lowest.position()).hasValue(40L);
    }

    @Test
    void aProcessorThatNeverStartedMakesTheSharedOneStartFromTheFirstEvent() {
        TrackingToken lowest = ReadModelTokenTakeover.lowest(
                Arrays.asList(GapAwareTrackingToken.newInstance(100, Set.of()), null));

        assertThat(lowest).isNull();
    }
}
