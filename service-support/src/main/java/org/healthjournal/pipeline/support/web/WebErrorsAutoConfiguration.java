package org.healthjournal.pipeline.support.web;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.startup.Tomcat;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.servlet.View;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Every error of every service is problem+json (a page for browsers), including those raised before
 * a controller runs: by Tomcat ({@link ContainerErrorReport}), by Spring Security's firewall
 * ({@link ProblemRequestRejectedHandler}) and on the way to {@code /error} ({@link ProblemErrorController}).
 */
@AutoConfiguration(before = ErrorMvcAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(ServerProperties.class)
public class WebErrorsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(ErrorController.class)
    ProblemErrorController problemErrorController(ErrorAttributes errorAttributes, ServerProperties server,
            ObjectProvider<ErrorViewResolver> errorViewResolvers) {
        return new ProblemErrorController(errorAttributes, server.getError(), errorViewResolvers.orderedStream().toList());
    }

    /** The page browsers see when no service-specific error view exists (instead of the Whitelabel page). */
    @Bean(name = "error")
    @ConditionalOnMissingBean(name = "error")
    View error() {
        return new View() {
            @Override
            public String getContentType() {
                return MediaType.TEXT_HTML_VALUE + ";charset=UTF-8";
            }

            @Override
            public void render(Map<String, ?> model, jakarta.servlet.http.HttpServletRequest request,
                    jakarta.servlet.http.HttpServletResponse response) throws Exception {
                Object code = model == null ? null : model.get("status");
                HttpStatus status = ErrorPages.statusOf(code instanceof Integer value ? value : 404);
                if (response.getContentType() == null) {
                    response.setContentType(getContentType());
                }
                response.getOutputStream().write(ErrorPages.html(status).getBytes(StandardCharsets.UTF_8));
            }
        };
    }

    @Bean
    @ConditionalOnClass(RequestRejectedHandler.class)
    @ConditionalOnMissingBean(RequestRejectedHandler.class)
    ProblemRequestRejectedHandler problemRequestRejectedHandler() {
        return new ProblemRequestRejectedHandler();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(Tomcat.class)
    static class TomcatErrorReport {

        /** After Spring Boot's own customizer, which installs Tomcat's plain error report valve. */
        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> containerErrorReport() {
            return new OrderedCustomizer();
        }
    }

    static class OrderedCustomizer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    for (Valve valve : host.getPipeline().getValves()) {
                        if (valve instanceof ErrorReportValve) {
                            host.getPipeline().removeValve(valve);
                        }
                    }
                    host.setErrorReportValveClass(ContainerErrorReport.class.getName());
                    host.getPipeline().addValve(new ContainerErrorReport());
                }
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
