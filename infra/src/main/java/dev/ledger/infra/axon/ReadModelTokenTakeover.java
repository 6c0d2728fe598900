package dev.ledger.infra.axon;

import java.util.List;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Earlier builds ran a processor per read model. On its first start the shared {@link ReadModelProcessor} begins
 * where the slowest of them was, with every gap any of them still waited for, so no read model misses an event; the
 * events the others had applied already come again and their idempotent handlers ignore them. Without such tokens
 * (a new store) it starts from the first event like any processor. The old token rows stay, so an older build started
 * on the same database goes on from where it stopped.
 */
final class ReadModelTokenTakeover {

    private static final Logger log = LoggerFactory.getLogger(ReadModelTokenTakeover.class);

    private final JdbcClient jdbc;
    private final TokenStore tokenStore;
    private final Serializer serializer;
    private final TransactionManager transactions;
    private final int segments;

    ReadModelTokenTakeover(JdbcClient jdbc, TokenStore tokenStore, Serializer serializer,
            TransactionManager transactions, int segments) {
        this.jdbc = jdbc;
        this.tokenStore = tokenStore;
        this.serializer = serializer;
        this.transactions = transactions;
        this.segments = segments;
    }

    /** Runs before the processors start; instances starting at once take turns, and only the first one acts. */
    void run() {
        transactions.executeInTransaction(() -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('ledger.read-models.token-takeover'))").query().singleRow();
            if (tokenStore.fetchSegments(ReadModelProcessor.NAME).length > 0) {
                return;
            }
            List<LegacyToken> legacy = jdbc.sql("""
                            SELECT processorname, token, tokentype FROM tokenentry
                            WHERE processorname LIKE ? ORDER BY processorname, segment""")
                    .param("%" + ReadModelProcessor.GROUP_SUFFIX)
                    .query((row, n) -> new LegacyToken(row.getString(1), row.getBytes(2), row.getString(3)))
                    .list();
            if (legacy.isEmpty()) {
                return;
            }
            TrackingToken from = lowest(legacy.stream()
                    .map(row -> StoredTokens.read(serializer, row.token(), row.tokenType())).toList());
            tokenStore.initializeTokenSegments(ReadModelProcessor.NAME, segments, from);
            log.info("processor {} starts at {}, the lowest position of the {} segment tokens of {}",
                    ReadModelProcessor.NAME, from == null ? "the first event" : from.position().orElse(-1),
                    legacy.size(), legacy.stream().map(LegacyToken::processor).distinct().toList());
        });
    }

    /** The position every given token has reached; null (the first event) when one of them had not started. */
    static TrackingToken lowest(List<TrackingToken> tokens) {
        TrackingToken lowest = null;
        for (TrackingToken token : tokens) {
            if (token == null) {
                return null;
            }
            TrackingToken plain = WrappedToken.unwrapLowerBound(token);
            lowest = lowest == null ? plain : lowest.lowerBound(plain);
        }
        return lowest;
    }

    private record LegacyToken(String processor, byte[] token, String tokenType) {
    }
}
