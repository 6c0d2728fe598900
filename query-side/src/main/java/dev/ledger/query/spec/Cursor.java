package dev.ledger.query.spec;

import dev.ledger.kernel.InvalidValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The opaque token for "after this row": a version, a fingerprint of the table and sort it was made for, then each
 * sort value with a type tag, all base64url. Clients may forge one, which gains nothing: the tenant filter is
 * applied regardless, and a forged cursor only chooses where the page starts.
 */
final class Cursor {

    private static final int VERSION = 1;

    private Cursor() {
    }

    /** Ties a cursor to one table and one sort, so a cursor from another listing is refused, not misread. */
    static int fingerprint(String table, Sort sort) {
        CRC32 crc = new CRC32();
        crc.update((table + "|" + sort.toSql()).getBytes(StandardCharsets.UTF_8));
        return (int) crc.getValue();
    }

    static String encode(int fingerprint, Sort sort, List<Object> values) {
        List<Sort.Order> orders = sort.orders();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeInt(fingerprint);
            out.writeByte(orders.size());
            for (int i = 0; i < orders.size(); i++) {
                ValueType type = orders.get(i).column().valueType();
                out.writeByte(type.tag());
                type.write(out, orders.get(i).column().checked(values.get(i)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
    }

    static List<Object> decode(String text, int fingerprint, Sort sort) {
        List<Sort.Order> orders = sort.orders();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Base64.getUrlDecoder().decode(text)))) {
            if (in.readUnsignedByte() != VERSION) {
                throw malformed();
            }
            if (in.readInt() != fingerprint || in.readUnsignedByte() != orders.size()) {
                throw new InvalidValue("cursor", "does not belong to this listing and sort");
            }
            List<Object> values = new ArrayList<>(orders.size());
            for (Sort.Order order : orders) {
                ValueType type = order.column().valueType();
                if (in.readUnsignedByte() != type.tag()) {
                    throw malformed();
                }
                values.add(type.read(in));
            }
            if (in.available() > 0) {
                throw malformed();
            }
            return values;
        } catch (InvalidValue e) {
            throw e;
        } catch (IOException | IllegalArgumentException e) {
            throw malformed();
        }
    }

    private static InvalidValue malformed() {
        return new InvalidValue("cursor", "is malformed");
    }
}
