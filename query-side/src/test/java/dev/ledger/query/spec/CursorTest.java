package dev.ledger.query.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ledger.kernel.InvalidValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CursorTest {

    private static final Sort EVERY_TYPE = Sort.ascending(Column.text("t"))
            .thenDescending(Column.int64("l"))
            .thenAscending(Column.int32("i"))
            .thenAscending(Column.instant("at"))
            .thenDescending(Column.decimal("d"))
            .thenAscending(Column.bool("b"))
            .thenAscending(Column.uuid("id"));
    private static final List<Object> VALUES = List.of("ünïcode, 50%_off", Long.MIN_VALUE, -7,
            Instant.parse("2026-03-01T10:15:30.123456Z"), new BigDecimal("-12345678901234567890.0012"), true,
            UUID.fromString("f47ac10b-58cc-4372-a567-0e02b2c3d479"));
    private static final int FINGERPRINT = Cursor.fingerprint("payments", EVERY_TYPE);

    @Test
    void everyColumnTypeSurvivesTheRoundTrip() {
        String cursor = Cursor.encode(FINGERPRINT, EVERY_TYPE, VALUES);

        assertThat(cursor).matches("[A-Za-z0-9_-]+");
        assertThat(Cursor.decode(cursor, FINGERPRINT, EVERY_TYPE)).isEqualTo(VALUES);
    }

    @Test
    void aCursorForAnotherTableOrSortIsRefused() {
        String cursor = Cursor.encode(FINGERPRINT, EVERY_TYPE, VALUES);

        assertRefused(() -> Cursor.decode(cursor, Cursor.fingerprint("refunds", EVERY_TYPE), EVERY_TYPE));
        Sort reversed = new Sort(EVERY_TYPE.orders().subList(0, 6)).thenDescending(Column.uuid("id"));
        assertRefused(() -> Cursor.decode(cursor, Cursor.fingerprint("payments", reversed), reversed));
    }

    @Test
    void malformedCursorsAreRefusedAsInvalidInput() {
        byte[] valid = Base64.getUrlDecoder().decode(Cursor.encode(FINGERPRINT, EVERY_TYPE, VALUES));
        byte[] truncated = Arrays.copyOf(valid, valid.length - 3);
        byte[] trailing = Arrays.copyOf(valid, valid.length + 1);
        byte[] badVersion = valid.clone();
        badVersion[0] = 9;
        byte[] hugeLength = valid.clone();
        hugeLength[7] = 0x7f;

        for (String bad : new String[] {"not base64!", "AAAA", "x' OR '1'='1", encode(truncated), encode(trailing),
                encode(badVersion), encode(hugeLength)}) {
            assertRefused(() -> Cursor.decode(bad, FINGERPRINT, EVERY_TYPE));
        }
    }

    private static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void assertRefused(Runnable decode) {
        assertThatThrownBy(decode::run)
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("cursor"));
    }
}
