package org.healthjournal.pipeline.publisher.site;

import org.healthjournal.pipeline.publisher.PublisherProperties;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

import java.util.HashMap;
import java.util.Map;

/**
 * The model of every page: what the shared layout needs (site name, dates, the page's meta) plus
 * the page's own values. One place, because pages are rendered both for requests and for the
 * static export, and error pages do not get controller-advice model attributes.
 */
@Component
public class SiteModel {

    static final DisplayDates DATES = new DisplayDates();

    private final PublisherProperties site;

    public SiteModel(PublisherProperties site) {
        this.site = site;
    }

    public Map<String, Object> of(PageMeta meta, Map<String, ?> values) {
        Map<String, Object> model = new HashMap<>(values);
        model.put("meta", meta);
        model.put("siteName", site.siteName());
        model.put("dates", DATES);
        model.put("pageLinks", PageLinks.INSTANCE);
        return model;
    }

    public ModelAndView page(String view, PageMeta meta, Map<String, ?> values) {
        return new ModelAndView(view, of(meta, values));
    }

    public ModelAndView page(String view, PageMeta meta, Map<String, ?> values, HttpStatus status) {
        return new ModelAndView(view, of(meta, values), status);
    }
}
