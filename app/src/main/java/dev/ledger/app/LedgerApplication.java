package dev.ledger.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication(scanBasePackages = "dev.ledger")
public class LedgerApplication {

    public static void main(String[] args) {
        noOutboundCalls();
        SpringApplication.run(LedgerApplication.class, args);
    }

    /** Axon's update checker phones home unless told not to; the ledger makes no outbound call by default. */
    static void noOutboundCalls() {
        if (System.getProperty("axoniq.update-checker.disabled") == null) {
            System.setProperty("axoniq.update-checker.disabled", "true");
        }
    }
}
