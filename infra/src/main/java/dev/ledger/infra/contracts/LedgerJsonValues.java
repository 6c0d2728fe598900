package dev.ledger.infra.contracts;

import com.fasterxml.jackson.databind.Module;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Set;

/**
 * The Jackson module that writes events, reached by reflection because it is package-private in {@code infra.axon}.
 * Its own list of string-valued types is the truth about the wire, so schemas cannot drift from what it writes;
 * a rename there fails generation loudly instead of silently guessing.
 */
final class LedgerJsonValues {

    private static final String MODULE = "dev.ledger.infra.axon.LedgerValuesJacksonModule";

    private LedgerJsonValues() {
    }

    static Module module() {
        try {
            Constructor<?> constructor = Class.forName(MODULE).getDeclaredConstructor();
            constructor.setAccessible(true);
            return (Module) constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new ModuleUnreachable("cannot create " + MODULE, e);
        }
    }

    /** The single-value records written as plain JSON strings ({@code "EUR"}, not {@code {"code":"EUR"}}). */
    @SuppressWarnings("unchecked")
    static Set<Class<?>> stringTypes(Module module) {
        try {
            Method stringTypes = module.getClass().getDeclaredMethod("stringTypes");
            stringTypes.setAccessible(true);
            return Set.copyOf((Set<Class<?>>) stringTypes.invoke(module));
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            throw new ModuleUnreachable("cannot read " + MODULE + ".stringTypes()", e);
        }
    }

    static final class ModuleUnreachable extends IllegalStateException {
        ModuleUnreachable(String message, Throwable cause) {
            super(message + ": the event contracts read it to know which values travel as strings", cause);
        }
    }
}
