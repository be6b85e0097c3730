package dev.avrr.platform.sharing;

import java.util.Optional;
import java.util.Set;

import dev.avrr.platform.security.Caller;

/** Who asks, as the sharing rule sees them: the token's roles, organisation and (for a mission) country. */
public record Viewer(Set<String> roles, Optional<String> org, Optional<String> country) {

    public Viewer {
        roles = Set.copyOf(roles);
    }

    public static Viewer of(Caller caller) {
        return new Viewer(caller.roles(), caller.org(), caller.country());
    }

    public boolean has(String role) {
        return roles.contains(role);
    }
}
