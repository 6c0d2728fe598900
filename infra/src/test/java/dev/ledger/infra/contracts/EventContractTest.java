package dev.ledger.infra.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ledger.kernel.paymentorder.PaymentCaptured;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gate between the event records and their consumers: the schemas shipped under {@code docs/events} are
 * promises, so a current event may add properties but never lose or retype one within a revision. With
 * {@code -Dledger.contracts.write=true} it writes the files instead, unless a change is breaking.
 */
class EventContractTest {

    private static final EventContracts CONTRACTS = EventContracts.ofKernel();
    private static final ShippedContracts DOCS = ShippedContracts.inRepository();
    private static final EventType CAPTURED = EventType.of(PaymentCaptured.class);
    private static final String CAPTURED_SCHEMA = "schemas/dev.ledger.paymentorder.PaymentCaptured.v1.schema.json";
    private static final String BREAKING = "breaking change to dev.ledger.paymentorder.PaymentCaptured v1: "
            + "add a new @EventRevision and an upcaster";

    @BeforeAll
    static void writeTheContractsWhenAsked() {
        if (!Boolean.getBoolean("ledger.contracts.write")) {
            return;
        }
        SortedMap<String, String> shipped = DOCS.read();
        // Regeneration must not paper over a breaking change: the shipped schemas stay as they were.
        assertThat(CONTRACTS.breakingChanges(shipped)).as("nothing written to " + DOCS.directory()).isEmpty();
        DOCS.write(CONTRACTS.generate(shipped.keySet()));
    }

    @Test
    void noShippedPropertyIsRemovedOrRetyped() {
        assertThat(CONTRACTS.breakingChanges(DOCS.read())).isEmpty();
    }

    @Test
    void everyCurrentEventRevisionHasAShippedSchema() {
        assertThat(CONTRACTS.unshipped(DOCS.read())).isEmpty();
    }

    @Test
    void shippedSchemasAreWhatTheEventsGenerate() {
        assertThat(CONTRACTS.outdated(DOCS.read())).isEmpty();
    }

    @Test
    void shippedAsyncApiIsWhatTheEventsGenerate() {
        assertThat(CONTRACTS.outdatedAsyncApi(DOCS.read())).isEmpty();
    }

    @Test
    void theGateCoversEveryEventOfTheKernel() {
        assertThat(CONTRACTS.events()).hasSizeGreaterThan(15).containsKey(CAPTURED);
    }

    @Test
    void aShippedPropertyTheEventNoLongerHasIsABreakingChange() {
        ObjectNode shipped = generated(CAPTURED_SCHEMA);
        ((ObjectNode) shipped.get("properties")).putObject("fee").put("$ref", "#/$defs/Money");
        ((ArrayNode) shipped.get("required")).add("fee");

        List<String> problems = CONTRACTS.breakingChanges(Map.of(CAPTURED_SCHEMA, CanonicalJson.write(shipped)));

        assertThat(problems).containsExactly(BREAKING + " (fee: removed)");
    }

    @Test
    void aShippedPropertyWithAnotherTypeIsABreakingChange() {
        ObjectNode shipped = generated(CAPTURED_SCHEMA);
        ((ObjectNode) shipped.at("/$defs/Money/properties/amountMinor")).put("type", "string").remove("format");

        List<String> problems = CONTRACTS.breakingChanges(Map.of(CAPTURED_SCHEMA, CanonicalJson.write(shipped)));

        assertThat(problems).containsExactly(BREAKING + " (amount.amountMinor: type [string] is now [integer]; "
                + "totalCaptured.amountMinor: type [string] is now [integer])");
    }

    @Test
    void aPropertyAddedSinceShippingIsCompatibleButAsksForRegeneration() {
        ObjectNode shipped = generated(CAPTURED_SCHEMA);
        ((ObjectNode) shipped.get("properties")).remove("totalCaptured");
        Map<String, String> files = Map.of(CAPTURED_SCHEMA, CanonicalJson.write(shipped));

        assertThat(CONTRACTS.breakingChanges(files)).isEmpty();
        assertThat(CONTRACTS.outdated(files)).containsExactly(CAPTURED_SCHEMA + " differs from what "
                + "dev.ledger.paymentorder.PaymentCaptured.v1 generates: regenerate the contracts: " + EventContracts.REGENERATE);
    }

    @Test
    void anEventRevisionWithoutAShippedSchemaAsksForRegeneration() {
        Map<String, String> shipped = new TreeMap<>(CONTRACTS.generate(List.of()));
        shipped.remove(CAPTURED_SCHEMA);

        assertThat(CONTRACTS.unshipped(shipped)).containsExactly("new event or revision: regenerate the contracts "
                + "(dev.ledger.paymentorder.PaymentCaptured.v1 has no " + CAPTURED_SCHEMA + "): " + EventContracts.REGENERATE);
    }

    @Test
    void aSchemaOfASupersededRevisionStaysShippedAndListed() {
        String superseded = "schemas/dev.ledger.paymentorder.PaymentCaptured.v0.schema.json";
        Map<String, String> shipped = new TreeMap<>(CONTRACTS.generate(List.of(superseded)));
        shipped.put(superseded, CanonicalJson.write(generated(CAPTURED_SCHEMA)));

        assertThat(CONTRACTS.breakingChanges(shipped)).isEmpty();
        assertThat(CONTRACTS.unshipped(shipped)).isEmpty();
        assertThat(CONTRACTS.outdated(shipped)).isEmpty();
        assertThat(CONTRACTS.outdatedAsyncApi(shipped)).isEmpty();
        assertThat(CONTRACTS.generate(shipped.keySet())).doesNotContainKey(superseded);
        assertThat(CanonicalJson.read(shipped.get(EventContracts.ASYNCAPI))
                .at("/components/messages/dev.ledger.paymentorder.PaymentCaptured.v0/deprecated").asBoolean()).isTrue();
    }

    @Test
    void writingLeavesFilesItWasNotGivenInPlace(@TempDir Path root) throws Exception {
        Files.writeString(root.resolve("pom.xml"), "<project/>");
        Files.createDirectories(root.resolve("infra"));
        Files.writeString(root.resolve("infra/pom.xml"), "<project/>");
        Path old = Files.createDirectories(root.resolve("docs/events/schemas"))
                .resolve("dev.ledger.paymentorder.PaymentCaptured.v0.schema.json");
        Files.writeString(old, "{}\n");
        ShippedContracts docs = ShippedContracts.at(root.resolve("infra"));

        docs.write(Map.of(CAPTURED_SCHEMA, "{\"title\": \"v1\"}\n"));

        assertThat(docs.read()).containsOnlyKeys(CAPTURED_SCHEMA, "schemas/dev.ledger.paymentorder.PaymentCaptured.v0.schema.json");
        assertThat(Files.readString(old)).isEqualTo("{}\n");
    }

    private static ObjectNode generated(String path) {
        return (ObjectNode) CanonicalJson.read(CONTRACTS.generate(List.of()).get(path));
    }
}
