package dev.ledger.query.spec;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.UUID;

/** The Java types a column may have, and how each binds, reads and travels inside a cursor. */
enum ValueType {

    TEXT(String.class, 1) {
        @Override
        Object readNullable(ResultSet row, String column) throws SQLException {
            return row.getString(column);
        }

        @Override
        void write(DataOutputStream out, Object value) throws IOException {
            writeBytes(out, ((String) value).getBytes(StandardCharsets.UTF_8));
        }

        @Override
        Object read(DataInputStream in) throws IOException {
            return new String(readBytes(in), StandardCharsets.UTF_8);
        }
    },

    INT64(Long.class, 2) {
        @Override
        Object readNullable(ResultSet row, String column) throws SQLException {
            long value = row.getLong(column);
            return row.wasNull() ? null : value;
        }

        @Override
        void write(DataOutputStream out, Object value) throws IOException {
            out.writeLong((Long) value);
        }

        @Override
        Object read(DataInputStream in) throws IOException {
            return in.readLong();
        }
    },

    INT32(Integer.class, 3) {
        @Override
        Object readNullable(ResultSet row, String column) throws SQLException {
            int value = row.getInt(column);
            return row.wasNull() ? null : value;
        }

        @Override
        void write(DataOutputStream out, Object value) throws IOException {
            out.writeInt((Integer) value);
        }

        @Override
        Object read(DataInputStream in) throws IOException {
            return in.readInt();
        }
    },

    UUID(UUID.class, 4) {
        @Override
        Object readNullable(ResultSet row, String column) throws SQLException {
            return row.getObject(column, UUID.class);
        }

        @Override
        void write(DataOutputStream out, Object value) throws IOException {
            out.writeLong(((UUID) value).getMostSignificantBits());
            out.writeLong(((UUID) value).getLeastSignificantBits());
        }

        @Override
        Object read(DataInputStream in) throws IOException {
            return new UUID(in.readLong(), in.readLong());
        }
    },

    INSTANT(Instant.class, 5) {
        @Override
        Object toJdbc(Object value) {
            // pgjdbc cannot bind Instant; an OffsetDateTime at UTC binds as timestamptz.
            return OffsetDateTime.ofInstant((Instant) value, ZoneOffset.UTC);
        }

        @Override
        Object readNullable(ResultSet row, String column) throws SQLException {
            OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
            return value == null ? null : value.toInstant();
        }

        @Override
        void write(DataOutputStream out, Object value) throws IOException {
            out.writeLong(((Instant) value).getEpochSecond());
            out.writeInt(((Instant) value).getNano());
        }

        @Override
        Object read(DataInputStream in) throws IOException {
            long seconds = in.readLong();
            int nanos = in.readInt();
            try {
                return Instant.ofEpochSecond(seconds, nanos);
            } catch (RuntimeException e) {
                throw new IOException("instant out of range", e);
            }
        }
    },

    DECIMAL(BigDecimal.class, 6) {
        // Far beyond PostgreSQL numeric's needs; stops a forged cursor from asking for a giant number.
        private static final int MAX_DIGITS_BYTES = 512;
        private static final int MAX_SCALE = 16_383;

        @Override
        Object readNullable(ResultSet row, String column) throws SQLException {
            return row.getBigDecimal(column);
        }

        @Override
        void write(DataOutputStream out, Object value) throws IOException {
            out.writeInt(((BigDecimal) value).scale());
            writeBytes(out, ((BigDecimal) value).unscaledValue().toByteArray());
        }

        @Override
        Object read(DataInputStream in) throws IOException {
            int scale = in.readInt();
            byte[] digits = readBytes(in);
            if (Math.abs(scale) > MAX_SCALE || digits.length == 0 || digits.length > MAX_DIGITS_BYTES) {
                throw new IOException("decimal out of range");
            }
            return new BigDecimal(new BigInteger(digits), scale);
        }
    },

    BOOLEAN(Boolean.class, 7) {
        @Override
        Object readNullable(ResultSet row, String column) throws SQLException {
            boolean value = row.getBoolean(column);
            return row.wasNull() ? null : value;
        }

        @Override
        void write(DataOutputStream out, Object value) throws IOException {
            out.writeBoolean((Boolean) value);
        }

        @Override
        Object read(DataInputStream in) throws IOException {
            int value = in.readUnsignedByte();
            if (value > 1) {
                throw new IOException("not a boolean");
            }
            return value == 1;
        }
    };

    private final Class<?> javaType;
    private final int tag;

    ValueType(Class<?> javaType, int tag) {
        this.javaType = javaType;
        this.tag = tag;
    }

    static ValueType of(Class<?> javaType) {
        return Arrays.stream(values())
                .filter(type -> type.javaType.equals(javaType))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unsupported column type " + javaType));
    }

    /** Written into cursors that clients hold, so a tag never changes meaning. */
    int tag() {
        return tag;
    }

    Object toJdbc(Object value) {
        return value;
    }

    abstract Object readNullable(ResultSet row, String column) throws SQLException;

    abstract void write(DataOutputStream out, Object value) throws IOException;

    abstract Object read(DataInputStream in) throws IOException;

    private static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        int length = in.readInt();
        // The whole cursor is in memory: a length beyond what is left is a forgery, not a reason to allocate.
        if (length < 0 || length > in.available()) {
            throw new IOException("bad length");
        }
        return in.readNBytes(length);
    }
}
