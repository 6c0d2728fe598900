package dev.ledger.infra.contracts;

import dev.ledger.kernel.event.EventRevision;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One event type at one revision, named as consumers see it: {@code dev.ledger.paymentorder.PaymentCaptured.v1}
 * (the CloudEvents {@code ce_type}), published to its aggregate's topic and keyed by its aggregate's id.
 */
record EventType(String kernelPackage, String name, String revision) implements Comparable<EventType> {

    static final String KERNEL_PREFIX = "dev.ledger.kernel.";
    static final String SCHEMA_SUFFIX = ".schema.json";

    /** Kernel package to aggregate type, as Axon names the aggregate; its id field is the record key. */
    private static final Map<String, String> AGGREGATES = Map.of(
            "organization", "Organization",
            "customer", "Customer",
            "paymentorder", "PaymentOrder",
            "catalog", "Product",
            "price", "Price",
            "subscription", "Subscription",
            "invoice", "Invoice",
            "tax", "TaxSchedule",
            "promo", "PromoCode",
            "currency", "CurrencySettings");

    private static final Pattern CE_TYPE = Pattern.compile("dev\\.ledger\\.([a-z0-9]+)\\.([A-Z][A-Za-z0-9]*)\\.v(.+)");
    private static final Pattern WORD_BOUNDARY = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");
    private static final Comparator<EventType> ORDER = Comparator.comparing(EventType::ceType);

    EventType {
        if (!AGGREGATES.containsKey(kernelPackage)) {
            throw new IllegalArgumentException("events of dev.ledger.kernel." + kernelPackage
                    + " have no aggregate type: add the package to EventType.AGGREGATES");
        }
    }

    static EventType of(Class<?> event) {
        EventRevision revision = event.getAnnotation(EventRevision.class);
        if (revision == null || !event.getName().startsWith(KERNEL_PREFIX)) {
            throw new IllegalArgumentException(event.getName() + " is not a kernel event with an @EventRevision");
        }
        return new EventType(event.getPackageName().substring(KERNEL_PREFIX.length()), event.getSimpleName(),
                revision.value());
    }

    /** The type a shipped schema file describes; empty for a file that is not an event schema. */
    static Optional<EventType> ofSchemaFile(String fileName) {
        if (!fileName.endsWith(SCHEMA_SUFFIX)) {
            return Optional.empty();
        }
        Matcher ceType = CE_TYPE.matcher(fileName.substring(0, fileName.length() - SCHEMA_SUFFIX.length()));
        return ceType.matches()
                ? Optional.of(new EventType(ceType.group(1), ceType.group(2), ceType.group(3)))
                : Optional.empty();
    }

    String ceType() {
        return "dev.ledger." + kernelPackage + "." + name + ".v" + revision;
    }

    String schemaFile() {
        return ceType() + SCHEMA_SUFFIX;
    }

    String aggregateType() {
        return AGGREGATES.get(kernelPackage);
    }

    /** Same rule as the forwarder's {@code EventTopics}: {@code PaymentOrder} events go to {@code ledger.payment-order}. */
    String topic() {
        return "ledger." + WORD_BOUNDARY.matcher(aggregateType()).replaceAll("-").toLowerCase(Locale.ROOT);
    }

    /** The payload field holding the aggregate id, which is also the record key and {@code ce_subject}. */
    String keyField() {
        String aggregate = aggregateType();
        return Character.toLowerCase(aggregate.charAt(0)) + aggregate.substring(1) + "Id";
    }

    @Override
    public int compareTo(EventType other) {
        return ORDER.compare(this, other);
    }
}
