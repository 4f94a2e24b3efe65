package org.healthjournal.pipeline.publisher.export;

import org.healthjournal.pipeline.publisher.site.RenderablePage;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Renders the site's templates outside a request, for files. A template engine of its own: the
 * site's links ({@code @{/css/site.css}}) are context-relative, which Thymeleaf refuses without a
 * request; here they resolve against the root, where the export puts the site.
 */
class FileRenderer {

    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    FileRenderer() {
        ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver();
        templates.setPrefix("templates/");
        templates.setSuffix(".html");
        templates.setTemplateMode(TemplateMode.HTML);
        templates.setCharacterEncoding(StandardCharsets.UTF_8.name());
        engine.setTemplateResolver(templates);
        // expressions compiled to bytecode: most of a page's rendering time is evaluating them
        engine.setEnableSpringELCompiler(true);
        engine.setLinkBuilder(new RootRelativeLinks());
    }

    String render(RenderablePage page) {
        return engine.process(page.view(), new Context(Locale.ENGLISH, new HashMap<>(page.model())));
    }

    private static final class RootRelativeLinks extends StandardLinkBuilder {
        @Override
        protected String computeContextPath(IExpressionContext context, String base, Map<String, Object> parameters) {
            return context instanceof IWebContext ? super.computeContextPath(context, base, parameters) : "";
        }
    }
}
