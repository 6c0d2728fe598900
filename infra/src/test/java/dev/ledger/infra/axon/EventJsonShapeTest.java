package dev.ledger.infra.axon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.ledger.kernel.Money;
import dev.ledger.kernel.event.EventRevision;
import dev.ledger.kernel.event.LedgerEvent;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * Stored events are forever, so their JSON must be exactly their record components: no property sneaking in from a
 * helper method (such as {@code isZero()}), nothing dropped. Checked for every event and every record inside one.
 */
class EventJsonShapeTest {

    private final LedgerValuesJacksonModule values = new LedgerValuesJacksonModule();
    private final ObjectMapper json = JsonMapper.builder().addModule(values).findAndAddModules().build();

    @Test
    void everyEventRecordSerializesAsExactlyItsComponents() throws Exception {
        List<Class<?>> events = eventClasses();
        assertThat(events).hasSizeGreaterThan(15);

        List<String> mismatches = new ArrayList<>();
        Set<Class<?>> seen = new HashSet<>();
        for (Class<?> event : events) {
            check(event, seen, mismatches);
        }

        assertThat(mismatches).isEmpty();
    }

    @Test
    void everyEventHasARevision() throws Exception {
        assertThat(eventClasses()).allSatisfy(event ->
                assertThat(event.getAnnotation(EventRevision.class)).as(event.getName()).isNotNull());
    }

    @Test
    void moneyIsItsAmountAndCurrencyOnly() throws Exception {
        assertThat(json.writeValueAsString(Money.of(1050, "EUR"))).isEqualTo("{\"amountMinor\":1050,\"currency\":\"EUR\"}");
        assertThat(json.readValue("{\"amountMinor\":1050,\"currency\":\"EUR\"}", Money.class)).isEqualTo(Money.of(1050, "EUR"));
    }

    private void check(Class<?> type, Set<Class<?>> seen, List<String> mismatches) {
        if (!type.isRecord() || !seen.add(type) || values.stringTypes().contains(type)) {
            return;
        }
        JavaType javaType = json.constructType(type);
        BeanDescription description = json.getSerializationConfig().introspect(javaType);
        Set<String> properties = new HashSet<>();
        for (BeanPropertyDefinition property : description.findProperties()) {
            if (property.couldSerialize()) {
                properties.add(property.getName());
            }
        }
        Set<String> components = new HashSet<>();
        for (RecordComponent component : type.getRecordComponents()) {
            components.add(component.getName());
            check(component.getType(), seen, mismatches);
        }
        if (!properties.equals(components)) {
            mismatches.add(type.getName() + ": JSON " + properties + " but components " + components);
        }
    }

    private static List<Class<?>> eventClasses() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(LedgerEvent.class));
        List<Class<?>> classes = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("dev.ledger.kernel")) {
            classes.add(Class.forName(candidate.getBeanClassName()));
        }
        return classes;
    }
}
