package org.healthjournal.pipeline.publisher.checks;

import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * The W3C Nu HTML Checker (the library behind validator.w3.org/nu and vnu.jar), run in process on
 * a page's HTML. Returns the errors, "line:column message", as the checker reports them; warnings
 * (advice, not conformance) are left out.
 */
public final class NuHtmlChecker {

    /** The checker's full HTML schema: HTML + SVG + MathML + ITS + RDFa Lite (Open Graph's property=). */
    private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private NuHtmlChecker() {
    }

    public static List<String> errorsIn(String html) throws Exception {
        List<String> errors = new ArrayList<>();
        ErrorHandler collector = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        // (initialize the schema once per check: cheap after the first, and no state leaks between pages)
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema(SCHEMA, collector);
        validator.setUpValidatorAndParsers(collector, false, false);
        validator.checkHtmlInputSource(new InputSource(new StringReader(html)));
        return errors;
    }
}
