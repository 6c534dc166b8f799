package cn.jixiao.portal.people;

import cn.jixiao.portal.security.Roles;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

/**
 * Who is who in a region, as Keycloak (the source of truth) says: people's names for the pages, and the
 * region's evaluators for assignments. Names are cached briefly (person-by-username) and never fail: when
 * Keycloak cannot answer, a person is shown by their username. The templates reach it as
 * {@code cdi:people} (see tags/person.html).
 */
@Named("people")
@ApplicationScoped
public class PeopleDirectory {
    private static final Person NOBODY = new Person("", "—");

    /** By name as Chinese readers sort (the JDK's zh-CN collator: pinyin order), then by username. */
    private static final Comparator<Person> BY_NAME = Comparator.comparing(
                    Person::name, Collator.getInstance(Locale.CHINA))
            .thenComparing(Person::username);

    @Inject
    KeycloakPeople keycloak;

    /** The person behind a username, for display; the username alone when Keycloak cannot say. */
    public Person person(String username) {
        if (username == null || username.isBlank()) {
            return NOBODY;
        }
        try {
            return keycloak.person(username);
        } catch (WebApplicationException | ProcessingException | FaultToleranceException e) {
            Log.debugf("showing %s by username: %s", username, e);
            return Person.unnamed(username);
        }
    }

    /**
     * This region's evaluators (members of its organization with the realm role evaluator), by name;
     * asked afresh each time, so someone given the role just now can be chosen at once. Empty when
     * Keycloak cannot answer.
     */
    public Optional<List<Person>> evaluators(String regionAlias) {
        try {
            return Optional.of(keycloak.membersWithRole(regionAlias, Roles.EVALUATOR).stream()
                    .sorted(BY_NAME)
                    .toList());
        } catch (WebApplicationException | ProcessingException | FaultToleranceException e) {
            Log.warnf("the evaluators of %s could not be read from Keycloak: %s", regionAlias, e);
            return Optional.empty();
        }
    }

    /**
     * The evaluator of this region with this username (Keycloak's spelling of it), if there is one.
     *
     * @throws PeopleUnavailableException when Keycloak cannot answer: nobody is taken unchecked
     */
    public Optional<Person> evaluator(String username, String regionAlias) {
        return ask(() -> keycloak.memberWithRole(username, regionAlias, Roles.EVALUATOR));
    }

    /**
     * The evaluation firms a finance reviewer may assign to projects.
     *
     * @throws PeopleUnavailableException when Keycloak cannot answer
     */
    public List<EvaluationFirm> firms() {
        return ask(() -> keycloak.firms().stream()
                .sorted(Comparator.comparing(EvaluationFirm::name, Collator.getInstance(Locale.CHINA)))
                .toList());
    }

    private static <T> T ask(Supplier<T> question) {
        try {
            return question.get();
        } catch (WebApplicationException | ProcessingException | FaultToleranceException e) {
            Log.warnf("Keycloak could not be asked: %s", e);
            throw new PeopleUnavailableException(e);
        }
    }
}
