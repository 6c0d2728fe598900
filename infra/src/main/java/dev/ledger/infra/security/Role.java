package dev.ledger.infra.security;

import dev.ledger.kernel.InvalidValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a credential may do. Roles do not imply each other: an admin key that should also send commands is given
 * both roles, so every key says plainly what it can do.
 */
public enum Role {
    /** An organization's keys and settings. */
    ADMIN,
    /** Commands: customers, payment methods, payment orders. */
    OPERATOR,
    /** Reports and read models. */
    FINANCE,
    /** History, verification and exports; read only. */
    AUDITOR,
    /** Stream metadata (forwarding lag, processor positions) for downstream services. */
    SERVICE,
    /** The operator of the whole ledger: creates organizations, runs rebuilds and re-publishes; sees no tenant's data. */
    PLATFORM_ADMIN;

    /** The name clients see and send: lower case with dashes ({@code platform-admin}). */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Role fromWire(String field, String name) {
        InvalidValue.required(field, name);
        for (Role role : values()) {
            if (role.wireName().equals(name)) {
                return role;
            }
        }
        throw new InvalidValue(field, "unknown role '" + name + "'; one of "
                + Arrays.stream(values()).map(Role::wireName).collect(Collectors.joining(", ")));
    }

    /** Roles an organization's own keys may carry; the platform role belongs to the platform credential alone. */
    public boolean isTenantRole() {
        return this != PLATFORM_ADMIN;
    }
}
