package dev.ledger.infra.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Arrays;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers the per-handler access check and shows each operation's roles in the OpenAPI document. */
@Configuration(proxyBeanMethods = false)
class WebAccessConfiguration implements WebMvcConfigurer {

    /** The OpenAPI extension naming the roles an operation accepts; a test fails on an operation without it. */
    static final String REQUIRED_ROLE_EXTENSION = "x-required-role";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new EndpointAccess());
    }

    @Bean
    OperationCustomizer requiredRoles() {
        return (operation, handler) -> {
            EndpointAccess.required(handler).ifPresent(required -> operation.addExtension(REQUIRED_ROLE_EXTENSION,
                    Arrays.stream(required.value()).map(Role::wireName).toList()));
            return operation;
        };
    }

    @Bean
    OpenAPI ledgerOpenApi() {
        return new OpenAPI()
                .components(new Components().addSecuritySchemes("bearer", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("An organization's API key (lk_...), the platform admin key, or in jwt mode a JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
