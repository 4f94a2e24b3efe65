package org.healthjournal.pipeline.publisher.site;

/**
 * A person as readers see them on the site.
 *
 * @param slug        the address of their author page
 * @param name        the display name from their staff profile ("Dr Bob Rivera")
 * @param credentials "MD, haematologist", or null
 */
public record Byline(String slug, String name, String credentials) {

    /** "Dr Bob Rivera, MD, haematologist". */
    public String withCredentials() {
        return credentials == null ? name : name + ", " + credentials;
    }
}
