package cn.jixiao.portal.people;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The realm's users, organizations (= regions) and realm roles, read through Keycloak's admin API with
 * the portal client's service account (read-only: view-users, view-organizations, view-realm). Every
 * call is bounded in time, and after repeated failures Keycloak is left alone for a while (the circuit
 * breaker), so a slow or absent Keycloak costs a page a few seconds at most, and then nothing; callers fall back.
 */
@ApplicationScoped
class KeycloakPeople {
    static final String PERSON_CACHE = "person-by-username";

    @Inject
    Keycloak keycloak;

    @Inject
    PeopleConfig config;

    /** The person with this username; only the username when Keycloak knows no such user. */
    @CacheResult(cacheName = PERSON_CACHE)
    @Timeout(value = 1, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS)
    Person person(String username) {
        return user(username).map(KeycloakPeople::person).orElseGet(() -> Person.unnamed(username));
    }

    /**
     * The enabled user with this username who is a member of the organization {@code regionAlias} and
     * has the realm role {@code role} (directly, through a group or a composite role); asked afresh.
     */
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS)
    Optional<Person> memberWithRole(String username, String regionAlias, String role) {
        Optional<UserRepresentation> user = user(username).filter(u -> Boolean.TRUE.equals(u.isEnabled()));
        if (user.isEmpty()) {
            return Optional.empty();
        }
        String id = user.get().getId();
        boolean member = realm().organizations().members().getOrganizations(id, true).stream()
                .anyMatch(org -> regionAlias.equals(org.getAlias()));
        boolean hasRole = member
                && realm().users().get(id).roles().realmLevel().listEffective(true).stream()
                        .anyMatch(r -> role.equals(r.getName()));
        return hasRole ? Optional.of(person(user.get())) : Optional.empty();
    }

    /**
     * The enabled members of the organization {@code regionAlias} who hold the realm role {@code role}.
     * Walks the region's members (tens) and asks each one's roles, not the role's users: a role such as
     * evaluator has users in every region, and Keycloak pages those ever more slowly (at 3,000 a page
     * deep into the list took 40 s, see the issue 9 benchmark).
     */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS)
    List<Person> membersWithRole(String regionAlias, String role) {
        Optional<String> organization = organizationId(regionAlias);
        if (organization.isEmpty()) {
            return List.of();
        }
        var memberResource = realm().organizations().get(organization.get()).members();
        return pages(first -> memberResource.list(first, config.pageSize())).stream()
                .filter(member -> Boolean.TRUE.equals(member.isEnabled()))
                .filter(member -> realm().users().get(member.getId()).roles().realmLevel().listEffective(true).stream()
                        .anyMatch(r -> role.equals(r.getName())))
                .map(KeycloakPeople::person)
                .toList();
    }

    /** Every evaluation firm of the realm (organizations marked kind = evaluation-firm), by name. */
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS)
    List<EvaluationFirm> firms() {
        return pages(first -> realm().organizations()
                        .searchByAttribute(
                                EvaluationFirm.KIND_ATTRIBUTE + ":" + EvaluationFirm.KIND, first, config.pageSize()))
                .stream()
                .map(org -> new EvaluationFirm(org.getAlias(), org.getName()))
                .toList();
    }

    private Optional<UserRepresentation> user(String username) {
        return realm().users().searchByUsername(username, true).stream()
                .filter(u -> username.equalsIgnoreCase(u.getUsername()))
                .findFirst();
    }

    /** Keycloak searches organizations by name or domain (a region's domain is {@code <alias>.<suffix>}). */
    private Optional<String> organizationId(String alias) {
        var found = realm().organizations().search(alias, false, 0, config.pageSize()).stream()
                .filter(org -> alias.equals(org.getAlias()))
                .findFirst();
        if (found.isPresent()) {
            return found.map(OrganizationRepresentation::getId);
        }
        return pages(first -> realm().organizations().list(first, config.pageSize())).stream()
                .filter(org -> alias.equals(org.getAlias()))
                .map(OrganizationRepresentation::getId)
                .findFirst();
    }

    /** Everything a paged admin API list returns, page by page. */
    private <T> List<T> pages(IntFunction<List<T>> page) {
        var all = new ArrayList<T>();
        for (int first = 0; ; first += config.pageSize()) {
            List<T> items = page.apply(first);
            all.addAll(items);
            if (items.size() < config.pageSize()) {
                return all;
            }
        }
    }

    private RealmResource realm() {
        return keycloak.realm(config.realm());
    }

    private static Person person(UserRepresentation user) {
        return Person.of(user.getUsername(), user.getFirstName(), user.getLastName());
    }
}
