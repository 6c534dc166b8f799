package cn.jixiao.portal.people;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Someone as the pages show them: their name, with the username kept for links, tooltips and the
 * records that store it. When Keycloak cannot say (unknown user, Keycloak unreachable) the name is the
 * username, so a page always has something to show.
 */
public record Person(String username, String name) {

    public Person {
        Objects.requireNonNull(username, "username");
        name = name == null || name.isBlank() ? username : name;
    }

    /** Only the username is known. */
    public static Person unnamed(String username) {
        return new Person(username, username);
    }

    /**
     * The name the way Keycloak puts it into tokens as {@code name} (its full-name mapper: first name,
     * a space, last name), so the header (from the token) and the lists name a person alike.
     */
    public static Person of(String username, String firstName, String lastName) {
        String name = Stream.of(firstName, lastName)
                .filter(part -> part != null && !part.isBlank())
                .map(String::strip)
                .collect(Collectors.joining(" "));
        return new Person(username, name);
    }

    /** False when only the username is known. */
    public boolean named() {
        return !name.equals(username);
    }
}
