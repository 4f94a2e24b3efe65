package org.healthjournal.pipeline.publisher.site;

import java.util.Map;

/**
 * A page ready to render: the template and its model. Controllers hand it to Spring MVC; the
 * static export renders the same thing to a file.
 *
 * @param path the site-relative address of the page ("/categories/immune-health")
 */
public record RenderablePage(String path, String view, Map<String, Object> model) {
}
