package dev.ledger.infra.security;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.config.ConstructorArgumentValues.ValueHolder;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;

/**
 * Spring Security wraps its filter chain, whenever Spring MVC is present, with a filter that looks up every request's
 * MVC handler in advance, for MVC request matchers and MVC CORS settings to reuse. The ledger uses neither (its
 * matchers are path patterns, it serves no browser), and that lookup over every mapping cost about 6 % of the service
 * process's CPU under HTTP load. This puts the plain chain back; if Security's MVC wrapping ever changes shape, it
 * leaves the wrapping as it is and says so.
 */
final class UnwrappedSecurityFilterChain implements BeanFactoryPostProcessor {

    static final String CHAIN = "springSecurityFilterChain";

    private static final Logger log = LoggerFactory.getLogger(UnwrappedSecurityFilterChain.class);
    private static final String WRAPPER =
            "org.springframework.security.config.annotation.web.configuration.WebMvcSecurityConfiguration$CompositeFilterChainProxy";

    // Runs after every registry post-processor, so after Security's own has wrapped the chain.
    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (!(beanFactory instanceof BeanDefinitionRegistry registry) || !registry.containsBeanDefinition(CHAIN)) {
            return;
        }
        BeanDefinition wrapper = registry.getBeanDefinition(CHAIN);
        String type = wrapper.getBeanClassName();
        if (!WRAPPER.equals(type)) {
            // Without MVC, Security's own composite (a request-path filter, cheap) is there instead: nothing to say.
            if (type != null && type.contains("Mvc")) {
                log.warn("Spring Security's filter chain is a {}, not the expected {}: left as it is", type, WRAPPER);
            }
            return;
        }
        BeanDefinition chain = wrappedChain(wrapper);
        if (chain == null) {
            log.warn("Spring Security's {} no longer has the expected shape: its MVC handler cache stays", WRAPPER);
            return;
        }
        registry.removeBeanDefinition(CHAIN);
        registry.registerBeanDefinition(CHAIN, chain);
    }

    /** The wrapper is built from one list: the handler-cache filter's definition, then the chain's own. */
    private static BeanDefinition wrappedChain(BeanDefinition wrapper) {
        ValueHolder argument = wrapper.getConstructorArgumentValues().getIndexedArgumentValue(0, List.class);
        if (argument == null) {
            argument = wrapper.getConstructorArgumentValues().getGenericArgumentValue(List.class);
        }
        if (argument == null || !(argument.getValue() instanceof List<?> filters) || filters.size() != 2
                || !(filters.get(1) instanceof BeanDefinition chain)) {
            return null;
        }
        return chain;
    }
}
