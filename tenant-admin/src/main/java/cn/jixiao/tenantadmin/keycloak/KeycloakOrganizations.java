package cn.jixiao.tenantadmin.keycloak;

import cn.jixiao.tenantadmin.web.ConflictException;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keycloak.representations.idm.OrganizationDomainRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;

/**
 * Finds or creates the Keycloak organization of a tenant, keyed by its alias (the tenant slug), so
 * that a repeated or resumed onboarding never makes a second one.
 */
@ApplicationScoped
public class KeycloakOrganizations {
    static final String DIVISION_CODE = "divisionCode";
    private static final int PAGE = 100;
    private static final int SEARCH = 20;

    @Inject
    KeycloakRealm keycloak;

    @Inject
    KeycloakAdminConfig config;

    /** The organization for {@code spec}: the one with id {@code knownId} or alias, else a new one. */
    public Provisioned findOrCreate(OrganizationSpec spec, Optional<String> knownId) {
        var existing = knownId.flatMap(this::byId)
                .filter(org -> spec.alias().equals(org.getAlias()))
                .or(() -> byAlias(spec.alias()));
        if (existing.isPresent()) {
            adopt(existing.get(), spec);
            return new Provisioned(existing.get().getId(), false);
        }
        return create(spec);
    }

    public Optional<OrganizationRepresentation> byId(String id) {
        try {
            return Optional.of(keycloak.realm().organizations().get(id).toRepresentation());
        } catch (WebApplicationException e) {
            if (KeycloakRealm.isNotFound(e)) {
                return Optional.empty();
            }
            throw new KeycloakFailure("read organization " + id, e);
        }
    }

    /**
     * The organization with this alias, found by a search, never by walking the whole list: every
     * organization onboarding makes has the domain {@code <alias>.<suffix>}, which Keycloak's search
     * matches exactly (an indexed look-up, whatever the number of organizations). An organization made
     * by hand without that domain is then looked for by name or domain containing the alias.
     */
    public Optional<OrganizationRepresentation> byAlias(String alias) {
        String domain = alias + "." + config.organizationDomainSuffix();
        var match = firstWithAlias(
                alias,
                keycloak.call(
                        "search organization " + domain,
                        () -> keycloak.realm().organizations().search(domain, true, 0, SEARCH)));
        if (match.isEmpty()) {
            match = firstWithAlias(
                    alias,
                    keycloak.call(
                            "search organization " + alias,
                            () -> keycloak.realm().organizations().search(alias, false, 0, SEARCH)));
        }
        return match.flatMap(org -> byId(org.getId()));
    }

    /**
     * The slow way, kept only for a clash on creation (an organization with this alias whose name and
     * domain do not contain it): the whole list, page by page.
     */
    Optional<OrganizationRepresentation> byAliasWalkingTheList(String alias) {
        for (int first = 0; ; first += PAGE) {
            int from = first;
            List<OrganizationRepresentation> page = keycloak.call(
                    "list organizations", () -> keycloak.realm().organizations().list(from, PAGE));
            var match = firstWithAlias(alias, page);
            if (match.isPresent()) {
                return byId(match.get().getId());
            }
            if (page.size() < PAGE) {
                return Optional.empty();
            }
        }
    }

    /** Removes the organization (its memberships go with it; the users stay). False when it was gone. */
    public boolean delete(String id) {
        var response = keycloak.call(
                "delete organization " + id,
                () -> keycloak.realm().organizations().get(id).delete());
        try (response) {
            if (response.getStatus() == 404) {
                return false;
            }
            if (response.getStatus() >= 300) {
                throw new KeycloakFailure(
                        "delete organization " + id, response.getStatus(), KeycloakRealm.body(response));
            }
            return true;
        }
    }

    /** The ids of every member, page by page (a region has few). */
    public List<String> memberIds(String id) {
        var members = keycloak.realm().organizations().get(id).members();
        var ids = new java.util.ArrayList<String>();
        for (int first = 0; ; first += PAGE) {
            int from = first;
            var page = keycloak.call("list organization members", () -> members.list(from, PAGE));
            page.forEach(member -> ids.add(member.getId()));
            if (page.size() < PAGE) {
                return ids;
            }
        }
    }

    private static Optional<OrganizationRepresentation> firstWithAlias(
            String alias, List<OrganizationRepresentation> organizations) {
        return organizations.stream()
                .filter(org -> alias.equals(org.getAlias()))
                .findFirst();
    }

    private void adopt(OrganizationRepresentation org, OrganizationSpec spec) {
        List<String> codes = Optional.ofNullable(org.getAttributes())
                .map(attributes -> attributes.get(DIVISION_CODE))
                .orElse(List.of());
        if (codes.contains(spec.divisionCode())) {
            return;
        }
        if (!codes.isEmpty()) {
            throw new ConflictException("Keycloak 组织 " + spec.alias() + " 已属于行政区划代码 " + String.join(",", codes)
                    + " (the Keycloak organization " + spec.alias() + " belongs to another division code)");
        }
        // an organization made by hand without the code: complete it rather than make another
        org.setAttributes(Map.of(DIVISION_CODE, List.of(spec.divisionCode())));
        var response = keycloak.call(
                "update organization " + spec.alias(),
                () -> keycloak.realm().organizations().get(org.getId()).update(org));
        try (response) {
            if (response.getStatus() >= 300) {
                throw new KeycloakFailure(
                        "update organization " + spec.alias(), response.getStatus(), KeycloakRealm.body(response));
            }
        }
    }

    private Provisioned create(OrganizationSpec spec) {
        var org = new OrganizationRepresentation();
        org.setAlias(spec.alias());
        org.setName(availableName(spec));
        org.setEnabled(true);
        org.setDescription(spec.name() + "（行政区划代码 " + spec.divisionCode() + "）");
        org.setRedirectUrl("");
        var domain = new OrganizationDomainRepresentation(spec.alias() + "." + config.organizationDomainSuffix());
        org.addDomain(domain);
        org.setAttributes(Map.of(DIVISION_CODE, List.of(spec.divisionCode())));
        var response = keycloak.call(
                "create organization " + spec.alias(),
                () -> keycloak.realm().organizations().create(org));
        try (response) {
            if (response.getStatus() == 201) {
                Log.infof("created Keycloak organization %s (%s)", spec.alias(), spec.divisionCode());
                return new Provisioned(KeycloakRealm.createdId(response), true);
            }
            if (response.getStatus() == 409) {
                // made meanwhile by a concurrent onboarding of the same region, or a clash of name/domain
                var made = byAlias(spec.alias())
                        .or(() -> byAliasWalkingTheList(spec.alias()))
                        .orElseThrow(() -> new ConflictException("Keycloak 中已有同名或同域名（" + domain.getName()
                                + "）的组织 (an organization with this name or domain exists)"));
                adopt(made, spec);
                return new Provisioned(made.getId(), false);
            }
            throw new KeycloakFailure(
                    "create organization " + spec.alias(), response.getStatus(), KeycloakRealm.body(response));
        }
    }

    /** Organization names are unique; two counties may share a name (城关区), so then the code is added. */
    private String availableName(OrganizationSpec spec) {
        List<OrganizationRepresentation> sameName = keycloak.call(
                "search organizations", () -> keycloak.realm().organizations().search(spec.name(), true, 0, 10));
        boolean taken = sameName.stream()
                .anyMatch(org ->
                        spec.name().equals(org.getName()) && !spec.alias().equals(org.getAlias()));
        return taken ? spec.name() + "（" + spec.divisionCode() + "）" : spec.name();
    }
}
