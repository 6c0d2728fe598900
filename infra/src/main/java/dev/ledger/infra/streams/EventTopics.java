package dev.ledger.infra.streams;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** One topic per aggregate type: {@code PaymentOrder} events go to {@code ledger.payment-order}. */
final class EventTopics {

    static final String PREFIX = "ledger.";
    static final String WITHOUT_AGGREGATE = PREFIX + "events";

    private static final Pattern WORD_BOUNDARY = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");

    /** Aggregate types are the ledger's few aggregate classes, so every event's topic is a lookup after the first. */
    private static final Map<String, String> TOPICS = new ConcurrentHashMap<>();

    private EventTopics() {
    }

    static String forAggregateType(String aggregateType) {
        if (aggregateType == null || aggregateType.isBlank()) {
            return WITHOUT_AGGREGATE;
        }
        return TOPICS.computeIfAbsent(aggregateType, EventTopics::kebabCased);
    }

    private static String kebabCased(String aggregateType) {
        return PREFIX + WORD_BOUNDARY.matcher(aggregateType).replaceAll("-").toLowerCase(Locale.ROOT);
    }
}
