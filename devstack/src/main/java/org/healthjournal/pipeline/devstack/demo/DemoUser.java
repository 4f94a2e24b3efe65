package org.healthjournal.pipeline.devstack.demo;

import java.util.List;

/** A staff account of the local stack; the password is the name (local use only). */
public record DemoUser(String name, List<String> roles) {

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
