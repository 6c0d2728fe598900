package dev.ledger.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The deployed shape: HTTP captures from this JVM against the service in its own process, with that process's
 * resident memory sampled throughout.
 */
final class ProcessScenario {

    record Outcome(LoadDriver.Result load, long maxRssMegabytes, Warmup.Outcome warmUp) {
    }

    private ProcessScenario() {
    }

    static Outcome run(ServiceProcess service, Profile profile, int clients) throws Exception {
        JsonNode organization = service.post("/api/v1/organizations", service.platformKey,
                "{\"name\": \"Bench process\", \"defaultCurrency\": \"EUR\"}");
        String org = organization.get("organizationId").asText();
        String admin = organization.get("apiKey").get("key").asText();
        String base = "/api/v1/organizations/" + org;
        String operator = service.post(base + "/api-keys", admin,
                "{\"name\": \"bench operator\", \"roles\": [\"operator\"]}").get("key").asText();
        String customer = service.post(base + "/customers", operator,
                "{\"externalReference\": \"bench-process\", \"country\": \"DE\", \"email\": \"bench@example.com\", \"name\": \"Bench\"}")
                .get("id").asText();
        // As many orders as the in-JVM scenarios; four a client put several captures a second on each, and measured lower.
        int count = Math.max(profile.aggregates(), clients);
        List<String> orders = new ArrayList<>();
        Progress progress = new Progress("creating " + count + " authorized payment orders over HTTP", count);
        String amount = "{\"amountMinor\": " + PaymentFixture.AUTHORIZED.amountMinor() + ", \"currency\": \"EUR\"}";
        for (int i = 0; i < count; i++) {
            String order = service.post(base + "/payment-orders", operator, "{\"customerId\": \"" + customer
                    + "\", \"amountMinor\": " + PaymentFixture.AUTHORIZED.amountMinor() + ", \"currency\": \"EUR\"}")
                    .get("paymentOrderId").asText();
            service.post(base + "/payment-orders/" + order + "/authorize", operator, amount);
            orders.add(order);
            progress.at(i + 1);
        }
        KeepAliveHttp[] connections = CommandScenarios.connections(clients, service.port);
        int share = orders.size() / clients;
        try (Memory memory = Memory.ofProcess(service.pid())) {
            LoadDriver.Operation capture = (client, iteration) -> CommandScenarios.expectOk(connections[client].post(
                    base + "/payment-orders/" + orders.get((int) (client * share + iteration % share)) + "/capture",
                    "Bearer " + operator, CommandScenarios.CAPTURE_ONE_CENT));
            // A fresh JVM: its compiler needs far longer than the in-JVM service, which ran other scenarios first.
            Warmup.Outcome warmUp = Warmup.until("warming the service process up", service.pid(), profile.processWarmup(),
                    profile.serviceWarmupLimit(), round -> LoadDriver.run("warm-up of the service process", clients,
                            round, Duration.ofSeconds(1), service.pid(), capture));
            LoadDriver.Result result = LoadDriver.run("commands over HTTP to the service process", clients,
                    profile.warmup(), profile.measure(), service.pid(), capture);
            CommandScenarios.closeAll(connections);
            return new Outcome(result, memory.maxRssMegabytes(), warmUp);
        }
    }
}
