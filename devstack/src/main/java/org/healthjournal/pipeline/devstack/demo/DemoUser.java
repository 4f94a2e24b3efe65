package org.healthjournal.pipeline.devstack.demo;

import java.util.List;

/**
 * A staff account of the local stack; the password is the name (local use only). The display
 * name and credentials are what readers see in bylines on the public site.
 */
public record DemoUser(String name, List<String> roles, String displayName, String credentials) {

    public DemoUser {
        roles = List.copyOf(roles);
    }

    public String password() {
        return name;
    }

    public String email() {
        return name + "@staff.example.org";
    }
}
