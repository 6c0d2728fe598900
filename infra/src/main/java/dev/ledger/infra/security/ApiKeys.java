package dev.ledger.infra.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.ledger.kernel.FreeText;
import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Organizations' API keys: {@code lk_<keyId>_<secret>} with 32 random bytes of secret. Only the SHA-256 of the secret
 * is stored: the secret is high-entropy, so a fast hash is enough and a slow one would only cost every request.
 * <p>
 * Verified keys are cached for {@code ledger.security.api-key-cache-ttl} (5 s by default): a revoke takes effect at
 * once on the instance that revoked it and within that time on every other instance sharing the database.
 */
@Component
public class ApiKeys {

    static final String PREFIX = "lk_";
    private static final Pattern TOKEN = Pattern.compile("lk_([0-9a-f]{16})_([A-Za-z0-9_-]{43})");
    private static final int MAX_NAME_LENGTH = 100;
    /** Recording last use on every request would make each read a write; once a minute per key is enough to audit. */
    private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Cache<String, StoredKey> verified;
    private final Map<String, Instant> lastUseRecorded = new ConcurrentHashMap<>();

    ApiKeys(JdbcClient jdbc, Clock clock, @Value("${ledger.security.api-key-cache-ttl:PT5S}") Duration cacheTtl) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.verified = Caffeine.newBuilder().expireAfterWrite(cacheTtl).maximumSize(100_000).build();
    }

    /** A key as listed: never its secret. */
    public record ApiKeyView(String keyId, String name, List<String> roles, Instant createdAt, Instant revokedAt,
            Instant lastUsedAt) {
    }

    /** A new key with its secret: the only moment the secret exists outside the client. */
    public record IssuedKey(ApiKeyView key, String secret) {
    }

    /** Validates the request's name and roles: returns them ready for {@link #issue}. */
    public static Set<Role> tenantRoles(String field, List<String> names) {
        if (names == null || names.isEmpty()) {
            throw new InvalidValue(field, "must name at least one role");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            Role role = Role.fromWire(field, name);
            if (!role.isTenantRole()) {
                throw new InvalidValue(field, "'" + name + "' belongs to the platform credential alone");
            }
            roles.add(role);
        }
        return roles;
    }

    public static String keyName(String name) {
        return FreeText.of("name", name, MAX_NAME_LENGTH);
    }

    /** Runs in the caller's transaction, so a key exists only if what created it committed. */
    public IssuedKey issue(OrganizationId organization, String name, Set<Role> roles) {
        byte[] idBytes = new byte[8];
        byte[] secretBytes = new byte[32];
        random.nextBytes(idBytes);
        random.nextBytes(secretBytes);
        String keyId = HexFormat.of().formatHex(idBytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(secretBytes);
        List<String> roleNames = roles.stream().sorted().map(Role::wireName).toList();
        Instant now = clock.instant();
        jdbc.sql("""
                        INSERT INTO api_key (key_id, organization_id, name, roles, secret_sha256, created_at)
                        VALUES (?, ?, ?, ?::text[], ?, ?)
                        """)
                .params(keyId, organization.value(), keyName(name), "{" + String.join(",", roleNames) + "}",
                        sha256(secret), Timestamp.from(now))
                .update();
        Arrays.fill(secretBytes, (byte) 0);
        return new IssuedKey(new ApiKeyView(keyId, keyName(name), roleNames, now, null, null),
                PREFIX + keyId + "_" + secret);
    }

    public List<ApiKeyView> list(OrganizationId organization) {
        return jdbc.sql("""
                        SELECT key_id, name, roles, created_at, revoked_at, last_used_at
                          FROM api_key WHERE organization_id = ? ORDER BY created_at, key_id
                        """)
                .param(organization.value())
                .query((row, n) -> new ApiKeyView(row.getString(1), row.getString(2), roles(row.getArray(3)),
                        instant(row, 4), instant(row, 5), instant(row, 6)))
                .list();
    }

    /** @return whether the organization has such a key (revoking twice is fine; another tenant's key is "no such key") */
    public boolean revoke(OrganizationId organization, String keyId) {
        int found = jdbc.sql("""
                        UPDATE api_key SET revoked_at = coalesce(revoked_at, ?) WHERE organization_id = ? AND key_id = ?
                        """)
                .params(Timestamp.from(clock.instant()), organization.value(), keyId)
                .update();
        verified.invalidate(keyId);
        return found == 1;
    }

    /** The principal a presented key stands for; empty for an unknown, wrong or revoked key. */
    Optional<LedgerPrincipal> authenticate(String token) {
        Matcher matcher = TOKEN.matcher(token);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String keyId = matcher.group(1);
        StoredKey stored = verified.getIfPresent(keyId);
        if (stored == null) {
            stored = load(keyId).orElse(null);
            if (stored == null) {
                return Optional.empty();
            }
            verified.put(keyId, stored);
        }
        if (stored.revoked() || !MessageDigest.isEqual(stored.secretHash(), sha256(matcher.group(2)))) {
            return Optional.empty();
        }
        recordUse(keyId);
        return Optional.of(new LedgerPrincipal(stored.organization(), stored.roles(), "api-key " + keyId));
    }

    private void recordUse(String keyId) {
        Instant now = clock.instant();
        Instant last = lastUseRecorded.get(keyId);
        if (last != null && last.plus(LAST_USED_RESOLUTION).isAfter(now)) {
            return;
        }
        lastUseRecorded.put(keyId, now);
        jdbc.sql("UPDATE api_key SET last_used_at = ? WHERE key_id = ?").params(Timestamp.from(now), keyId).update();
    }

    private Optional<StoredKey> load(String keyId) {
        return jdbc.sql("SELECT organization_id, roles, secret_sha256, revoked_at IS NOT NULL FROM api_key WHERE key_id = ?")
                .param(keyId)
                .query((row, n) -> new StoredKey(new OrganizationId(row.getObject(1, java.util.UUID.class)),
                        EnumSet.copyOf(roles(row.getArray(2)).stream().map(name -> Role.fromWire("roles", name)).toList()),
                        row.getBytes(3), row.getBoolean(4)))
                .optional();
    }

    private static List<String> roles(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        Timestamp timestamp = row.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private record StoredKey(OrganizationId organization, Set<Role> roles, byte[] secretHash, boolean revoked) {
    }
}
