package dev.ledger.infra.axon;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Spreads processor segments over the live instances. Each instance beats a heartbeat into {@code processing_node}
 * and releases segments it holds beyond its fair share (segments / live instances, rounded up); released segments
 * are claimed by instances below their share. An instance that stops beating drops out, and its claims time out.
 */
class SegmentBalancer implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);

    private final JdbcClient jdbc;
    private final EventProcessingConfiguration processing;
    private final TokenStore tokenStore;
    private final NodeIdentity node;
    private final Duration liveness;

    SegmentBalancer(JdbcClient jdbc, EventProcessingConfiguration processing, TokenStore tokenStore, NodeIdentity node,
            Duration liveness) {
        this.jdbc = jdbc;
        this.processing = processing;
        this.tokenStore = tokenStore;
        this.node = node;
        this.liveness = liveness;
    }

    @Scheduled(fixedDelayString = "${ledger.processing.balance-interval:PT5S}")
    void balance() {
        jdbc.sql("""
                        INSERT INTO processing_node (node_id, heartbeat_at) VALUES (?, now())
                        ON CONFLICT (node_id) DO UPDATE SET heartbeat_at = now()
                        """)
                .param(node.value()).update();
        int liveNodes = jdbc.sql("SELECT count(*) FROM processing_node WHERE heartbeat_at > now() - ?::interval")
                .param(liveness.toMillis() + " milliseconds").query(Integer.class).single();
        processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .forEach(processor -> releaseBeyondFairShare(processor, Math.max(1, liveNodes)));
    }

    private void releaseBeyondFairShare(StreamingEventProcessor processor, int liveNodes) {
        int segments = tokenStore.fetchSegments(processor.getName()).length;
        int fairShare = (segments + liveNodes - 1) / liveNodes;
        Map<Integer, EventTrackerStatus> held = processor.processingStatus();
        int surplus = held.size() - fairShare;
        if (surplus <= 0) {
            return;
        }
        List<Integer> released = held.keySet().stream().sorted(Comparator.reverseOrder()).limit(surplus).toList();
        log.info("{}: holding {} of {} segments with {} live instances; releasing {}", processor.getName(), held.size(),
                segments, liveNodes, released);
        released.forEach(processor::releaseSegment);
    }

    @Override
    public void destroy() {
        jdbc.sql("DELETE FROM processing_node WHERE node_id = ?").param(node.value()).update();
    }
}
