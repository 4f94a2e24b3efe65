package org.healthjournal.pipeline.publisher.export;

import org.healthjournal.pipeline.publisher.site.RenderablePage;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContextWrapper;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Renders the site's templates outside a request, for files. A template engine of its own: the
 * site's links ({@code @{/css/site.css}}) are context-relative, which Thymeleaf refuses without a
 * request; here they resolve against the root, where the export puts the site.
 */
class FileRenderer {

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    /**
     * The SpEL context every page's expressions share. Without one in the model, Thymeleaf makes a
     * new one for each element that evaluates an expression, and with it new property accessors
     * whose caches start empty: every property read was a reflective look-up again. Its caches are
     * concurrent maps; its lists are made here, before any page shares it across threads.
     */
    private final StandardEvaluationContext expressions = new StandardEvaluationContext();

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
        expressions.getPropertyAccessors();
        expressions.getMethodResolvers();
        expressions.getConstructorResolvers();
        expressions.getTypeLocator();
    }

    String render(RenderablePage page) {
        // Context copies the model into a map of its own: the page's model is never changed
        Context context = new Context(Locale.ENGLISH, page.model());
        // what Thymeleaf itself would use in a context without Spring MVC (a wrapped standard SpEL
        // context: no bean references, the default conversions), made once per page instead of per element
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContextWrapper(expressions));
        return engine.process(page.view(), context);
    }

    private static final class RootRelativeLinks extends StandardLinkBuilder {
        @Override
        protected String computeContextPath(IExpressionContext context, String base, Map<String, Object> parameters) {
            return context instanceof IWebContext ? super.computeContextPath(context, base, parameters) : "";
        }
    }
}
