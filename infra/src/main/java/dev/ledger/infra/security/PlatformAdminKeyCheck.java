package dev.ledger.infra.security;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Stops the service before it opens a connection when an external database has no platform admin key: the operator
 * sees that message, not a connection error from whatever bean happened to start first.
 */
public class PlatformAdminKeyCheck implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        PlatformAdminCredential.check(environment.getProperty("ledger.security.platform-admin-key"),
                environment.getProperty("ledger.db.url"));
    }
}
