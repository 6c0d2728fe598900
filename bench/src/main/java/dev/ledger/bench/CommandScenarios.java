package dev.ledger.bench;

import dev.ledger.command.paymentorder.api.CapturePayment;
import dev.ledger.kernel.Money;
import java.net.URI;
import dev.ledger.infra.security.ApiKeys;
import dev.ledger.infra.security.Role;
import java.net.http.HttpClient;
import java.util.EnumSet;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;

/** Single-event PaymentOrder commands (a one-cent capture) in-process through the gateway, and over HTTP. */
final class CommandScenarios {

    private static final Money ONE_CENT = Money.of(1, "EUR");

    private CommandScenarios() {
    }

    static List<LoadDriver.Result> inProcess(String name, Service service, PaymentFixture fixture, Profile profile)
            throws InterruptedException {
        CommandGateway commands = service.bean(CommandGateway.class);
        List<LoadDriver.Result> results = new ArrayList<>();
        for (int clients : profile.clients()) {
            results.add(LoadDriver.run(name, clients, profile.warmup(), profile.measure(), (client, iteration) ->
                    commands.sendAndWait(new CapturePayment(fixture.organization(),
                            fixture.orderFor(client, clients, iteration), ONE_CENT, null))));
        }
        return results;
    }

    static List<LoadDriver.Result> overHttp(String name, Service service, PaymentFixture fixture, Profile profile)
            throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        // An operator key of the fixture's organization, as a real client would hold.
        String key = service.bean(ApiKeys.class)
                .issue(fixture.organization(), "benchmark", EnumSet.of(Role.OPERATOR)).secret();
        String base = "http://localhost:" + service.httpPort() + "/api/v1/organizations/" + fixture.organization()
                + "/payment-orders/";
        List<LoadDriver.Result> results = new ArrayList<>();
        for (int clients : profile.clients()) {
            results.add(LoadDriver.run(name, clients, profile.warmup(), profile.measure(), (client, iteration) -> {
                HttpRequest request = HttpRequest.newBuilder(
                                URI.create(base + fixture.orderFor(client, clients, iteration) + "/capture"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + key)
                        .POST(HttpRequest.BodyPublishers.ofString("{\"amountMinor\": 1, \"currency\": \"EUR\"}"))
                        .build();
                HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("capture answered " + response.statusCode());
                }
            }));
        }
        return results;
    }
}
