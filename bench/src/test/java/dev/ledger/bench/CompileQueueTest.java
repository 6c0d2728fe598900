package dev.ledger.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompileQueueTest {

    @Test
    void countsTheMethodsWaitingForC2() {
        String output = """
                12345:
                Current compiles:\s
                C2 CompilerThread0  23398       4       org.postgresql.jdbc.PgResultSet::initSqlType (61 bytes)
                C1 compile queue:
                Empty
                C2 compile queue:
                6404       4       java.util.LinkedHashMap$LinkedKeySet::size (8 bytes)
                9079       4       jdk.internal.reflect.AccessorGenerator::sub (5 bytes)
                13623       4       java.util.regex.Pattern$BranchConn::match (11 bytes)
                """;

        assertThat(CompileQueue.c2LengthOf(output)).isEqualTo(3);
    }

    @Test
    void anEmptyQueueIsNone() {
        assertThat(CompileQueue.c2LengthOf("C1 compile queue:\nEmpty\nC2 compile queue:\nEmpty\n")).isZero();
    }

    @Test
    void outputWithoutTheQueueIsUnknown() {
        assertThat(CompileQueue.c2LengthOf("12345:\ncom.sun.tools.attach.AttachNotSupportedException")).isEqualTo(-1);
    }

    @Test
    void thisJvmsQueueCanBeRead() {
        assertThat(CompileQueue.c2Length(ProcessHandle.current().pid())).isGreaterThanOrEqualTo(0);
    }
}
