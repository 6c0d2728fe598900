package dev.ledger.infra.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Schemas promise that a component outside {@link OptionalComponents} is never null. The promise holds if every
 * record rejects null there: each sample is rebuilt with one such component null, and must be refused.
 */
class OptionalComponentsTest {

    private static final Set<Class<?>> STRING_TYPES = LedgerJsonValues.stringTypes(LedgerJsonValues.module());

    @Test
    void everyEventHasASample() {
        Set<Class<?>> sampled = new HashSet<>();
        EventSamples.all().forEach(sample -> sampled.add(sample.getClass()));

        assertThat(sampled).containsExactlyInAnyOrderElementsOf(KernelEvents.onClasspath().values());
    }

    @Test
    void everyRecordInsideAnEventHasASampleValue() {
        Set<Class<?>> nested = new HashSet<>();
        KernelEvents.onClasspath().values().forEach(event -> nestedRecords(event, nested));

        assertThat(sampledRecords()).containsAll(nested);
    }

    @Test
    void everyComponentTypedNeverNullRejectsNull() throws Exception {
        List<String> acceptsNull = new ArrayList<>();
        for (Record sample : sampledRecordValues()) {
            RecordComponent[] components = sample.getClass().getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                if (components[i].getType().isPrimitive() || OptionalComponents.mayBeNull(components[i])) {
                    continue;
                }
                if (components[i].getAccessor().invoke(sample) == null || acceptsNullAt(sample, i)) {
                    acceptsNull.add(sample.getClass().getSimpleName() + "." + components[i].getName());
                }
            }
        }

        assertThat(acceptsNull).as("may be null: list them in OptionalComponents").isEmpty();
    }

    @Test
    void aRecordThatAcceptsNullIsCaughtByTheProbe() throws Exception {
        record Loose(String text) {
        }

        assertThat(acceptsNullAt(new Loose("x"), 0)).isTrue();
    }

    @Test
    void everyListedOptionalComponentExists() {
        OptionalComponents.NULLABLE.forEach((record, names) -> assertThat(
                Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList())
                .as(record.getName()).containsAll(names));
    }

    private static boolean acceptsNullAt(Record sample, int index) throws ReflectiveOperationException {
        RecordComponent[] components = sample.getClass().getRecordComponents();
        Object[] arguments = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            arguments[i] = i == index ? null : components[i].getAccessor().invoke(sample);
        }
        Constructor<?> canonical = sample.getClass().getDeclaredConstructor(types);
        canonical.setAccessible(true);
        try {
            canonical.newInstance(arguments);
            return true;
        } catch (InvocationTargetException refused) {
            if (refused.getCause() instanceof IllegalArgumentException || refused.getCause() instanceof NullPointerException) {
                return false;
            }
            throw refused;
        }
    }

    /** Every object-shaped record value in the samples: the events and the records inside them. */
    private static Set<Record> sampledRecordValues() throws ReflectiveOperationException {
        Set<Record> values = new LinkedHashSet<>();
        for (Object sample : EventSamples.all()) {
            collect(sample, values);
        }
        return values;
    }

    private static Set<Class<?>> sampledRecords() {
        try {
            Set<Class<?>> types = new HashSet<>();
            sampledRecordValues().forEach(value -> types.add(value.getClass()));
            return types;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static void collect(Object value, Set<Record> values) throws ReflectiveOperationException {
        if (value instanceof Collection<?> elements) {
            for (Object element : elements) {
                collect(element, values);
            }
        } else if (value instanceof Record record && !STRING_TYPES.contains(record.getClass()) && values.add(record)) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                collect(component.getAccessor().invoke(record), values);
            }
        }
    }

    private static void nestedRecords(Class<?> record, Set<Class<?>> found) {
        for (RecordComponent component : record.getRecordComponents()) {
            Type type = component.getGenericType();
            Class<?> candidate = type instanceof ParameterizedType list
                    && list.getActualTypeArguments()[0] instanceof Class<?> element ? element : component.getType();
            if (candidate.isRecord() && !STRING_TYPES.contains(candidate) && found.add(candidate)) {
                nestedRecords(candidate, found);
            }
        }
    }
}
