package dev.ledger.bench;

import dev.ledger.command.paymentorder.api.CapturePayment;
import dev.ledger.kernel.Money;
import dev.ledger.infra.security.ApiKeys;
import dev.ledger.infra.security.Role;
import java.time.Duration;
import java.util.EnumSet;
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
        List<LoadDriver.Result> results = new ArrayList<>();
        for (int clients : profile.clients()) {
            GroupCommits commits = GroupCommits.from(service);
            results.add(LoadDriver.run(name, clients, profile.warmup(), profile.measure(), captures(service, fixture, clients)));
            commits.say(name + ", " + clients + " clients");
        }
        return results;
    }

    /**
     * Load at the most clients before anything is measured, so every figure sees compiled code: rounds of
     * {@code inProcessShare} in-process and the rest over HTTP, until the compiler rests ({@link Warmup}).
     */
    static Warmup.Outcome warmUp(Service service, PaymentFixture fixture, Profile profile, double inProcessShare)
            throws Exception {
        int clients = profile.clients().get(profile.clients().size() - 1);
        String key = service.bean(ApiKeys.class)
                .issue(fixture.organization(), "benchmark warm-up", EnumSet.of(Role.OPERATOR)).secret();
        return Warmup.until("warming the service up", ProcessHandle.current().pid(), profile.serviceWarmup(),
                profile.serviceWarmupLimit(), round -> {
                    long inProcessMillis = Math.round(round.toMillis() * inProcessShare);
                    LoadDriver.run("warm-up in-process", clients, Duration.ofMillis(inProcessMillis),
                            Duration.ofSeconds(1), captures(service, fixture, clients));
                    Duration overHttp = round.minusMillis(inProcessMillis);
                    if (!overHttp.isZero()) {
                        KeepAliveHttp[] connections = connections(clients, service.httpPort());
                        LoadDriver.run("warm-up over HTTP", clients, overHttp, Duration.ofSeconds(1),
                                (client, iteration) -> expectOk(connections[client].post(
                                        capturePath(fixture, clients, client, iteration), "Bearer " + key, CAPTURE_ONE_CENT)));
                        closeAll(connections);
                    }
                });
    }

    private static LoadDriver.Operation captures(Service service, PaymentFixture fixture, int clients) {
        CommandGateway commands = service.bean(CommandGateway.class);
        return (client, iteration) -> commands.sendAndWait(new CapturePayment(fixture.organization(),
                fixture.orderFor(client, clients, iteration), ONE_CENT, null));
    }

    private static String capturePath(PaymentFixture fixture, int clients, int client, long iteration) {
        return "/api/v1/organizations/" + fixture.organization() + "/payment-orders/"
                + fixture.orderFor(client, clients, iteration) + "/capture";
    }

    static List<LoadDriver.Result> overHttp(String name, Service service, PaymentFixture fixture, Profile profile)
            throws InterruptedException {
        // An operator key of the fixture's organization, as a real client would hold.
        String key = service.bean(ApiKeys.class)
                .issue(fixture.organization(), "benchmark", EnumSet.of(Role.OPERATOR)).secret();
        List<LoadDriver.Result> results = new ArrayList<>();
        for (int clients : profile.clients()) {
            KeepAliveHttp[] connections = connections(clients, service.httpPort());
            GroupCommits commits = GroupCommits.from(service);
            results.add(LoadDriver.run(name, clients, profile.warmup(), profile.measure(), (client, iteration) ->
                    expectOk(connections[client].post(capturePath(fixture, clients, client, iteration),
                            "Bearer " + key, CAPTURE_ONE_CENT))));
            commits.say(name + ", " + clients + " clients");
            closeAll(connections);
        }
        return results;
    }

    /**
     * Captures over HTTP as payment clients send them, each with an Idempotency-Key of its own: the key and the stored
     * answer are written in the command's group-commit batch, one more row each.
     */
    static LoadDriver.Result overHttpIdempotent(Service service, PaymentFixture fixture, Profile profile, int clients)
            throws InterruptedException {
        String key = service.bean(ApiKeys.class)
                .issue(fixture.organization(), "benchmark idempotent", EnumSet.of(Role.OPERATOR)).secret();
        String run = java.util.UUID.randomUUID().toString();
        KeepAliveHttp[] connections = connections(clients, service.httpPort());
        LoadDriver.Result result = LoadDriver.run("commands over HTTP with an Idempotency-Key each", clients,
                profile.warmup(), profile.measure(), (client, iteration) ->
                        expectOk(connections[client].post(capturePath(fixture, clients, client, iteration),
                                "Bearer " + key, run + "-" + client + "-" + iteration, CAPTURE_ONE_CENT)));
        closeAll(connections);
        return result;
    }

    static final String CAPTURE_ONE_CENT = "{\"amountMinor\": 1, \"currency\": \"EUR\"}";

    /** One keep-alive connection a client to the service on this machine. */
    static KeepAliveHttp[] connections(int clients, int port) {
        KeepAliveHttp[] connections = new KeepAliveHttp[clients];
        for (int c = 0; c < clients; c++) {
            connections[c] = new KeepAliveHttp("localhost", port);
        }
        return connections;
    }

    static void closeAll(KeepAliveHttp[] connections) {
        for (KeepAliveHttp connection : connections) {
            connection.close();
        }
    }

    static void expectOk(int status) {
        if (status != 200) {
            throw new IllegalStateException("capture answered " + status);
        }
    }
}
