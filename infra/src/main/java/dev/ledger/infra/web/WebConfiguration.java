package dev.ledger.infra.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.http.MediaType;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    /**
     * Requests with fields we do not know are refused: a misspelt field must not silently default. Only the web
     * mapper is strict; stored events keep being read leniently by Axon's mapper.
     */
    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        for (int i = 0; i < converters.size(); i++) {
            if (converters.get(i) instanceof MappingJackson2HttpMessageConverter json) {
                SizedJsonConverter sized = new SizedJsonConverter(json.getObjectMapper().copy()
                        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                        // A field given twice is ambiguous: refused, never "the last one wins" (or a failing creator).
                        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION));
                // The actuator's answers keep the mapper Spring Boot registered for them on the converter replaced.
                Map<MediaType, ObjectMapper> endpointMappers = json.getObjectMappersForType(OperationResponseBody.class);
                if (!endpointMappers.isEmpty()) {
                    sized.registerObjectMappersForType(OperationResponseBody.class, mappers -> mappers.putAll(endpointMappers));
                }
                converters.set(i, sized);
            }
        }
    }

    /** Request mappings found by their literal start first: the API's paths mostly hold ids. */
    @Bean
    WebMvcRegistrations literalPrefixMappings() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                return new LiteralPrefixHandlerMapping();
            }
        };
    }
}
