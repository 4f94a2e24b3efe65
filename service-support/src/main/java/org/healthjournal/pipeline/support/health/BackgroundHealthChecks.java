package org.healthjournal.pipeline.support.health;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Moves the health checks that call out of the process into the background: each health
 * indicator bean named in {@code pipeline.health.background.indicators} (by default Spring Boot's
 * {@code dbHealthContributor} and {@code mailHealthContributor}) is replaced by a
 * {@link BackgroundHealthIndicator} that runs it every {@code pipeline.health.background.refresh-interval}
 * and turns DOWN when its last result is older than {@code pipeline.health.background.max-staleness}.
 * Beans not there (a service without mail) are simply not wrapped.
 */
public class BackgroundHealthChecks implements BeanPostProcessor, EnvironmentAware {

    static final String PREFIX = "pipeline.health.background";

    private List<String> indicators = List.of("dbHealthContributor", "mailHealthContributor");
    private Duration refreshInterval = Duration.ofSeconds(5);
    private Duration maxStaleness = Duration.ofSeconds(15);

    @Override
    public void setEnvironment(Environment environment) {
        Binder binder = Binder.get(environment);
        indicators = binder.bind(PREFIX + ".indicators", Bindable.listOf(String.class)).orElse(indicators);
        refreshInterval = binder.bind(PREFIX + ".refresh-interval", Duration.class).orElse(refreshInterval);
        maxStaleness = binder.bind(PREFIX + ".max-staleness", Duration.class).orElse(maxStaleness);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HealthIndicator check && !(bean instanceof BackgroundHealthIndicator)
                && indicators.contains(beanName)) {
            return new BackgroundHealthIndicator(beanName, check, refreshInterval, maxStaleness, Clock.systemUTC());
        }
        return bean;
    }
}
