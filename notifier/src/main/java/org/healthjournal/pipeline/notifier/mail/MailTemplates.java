package org.healthjournal.pipeline.notifier.mail;

import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a mail from its two templates, {@code mail/NAME.txt} (text mode: nothing is escaped,
 * it is plain text) and {@code mail/NAME.html} (HTML mode: every value is escaped). An engine of
 * its own, apart from the pages', so the text templates are never taken for HTML.
 */
@Component
public class MailTemplates {

    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    public MailTemplates() {
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, ".txt", 1));
        engine.addTemplateResolver(resolver(TemplateMode.HTML, ".html", 2));
    }

    public MailContent render(String name, String subject, Map<String, Object> values) {
        Context context = new Context(Locale.ENGLISH, values);
        return new MailContent(subject, engine.process(name + ".txt", context), engine.process(name + ".html", context));
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String suffix, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("mail/");
        resolver.setTemplateMode(mode);
        resolver.setResolvablePatterns(java.util.Set.of("*" + suffix));
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCheckExistence(true);
        resolver.setCacheable(true);
        resolver.setOrder(order);
        return resolver;
    }
}
