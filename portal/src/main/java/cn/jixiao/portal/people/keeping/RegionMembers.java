package cn.jixiao.portal.people.keeping;

import cn.jixiao.portal.people.PeopleConfig;
import cn.jixiao.portal.tenancy.Region;
import cn.jixiao.portal.web.Refusals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.OrganizationResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.MemberRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Keycloak's admin API seen through one region's organization: every person it returns or changes is a
 * member of that organization, and anyone else is "not found", whoever they are. The portal's service
 * account may manage users; this class is where that power is narrowed to the caller's own region.
 */
@ApplicationScoped
public class RegionMembers {
    static final String NOT_FOUND = "人员不存在 (person not found)";

    @Inject
    Keycloak keycloak;

    @Inject
    PeopleConfig config;

    /** Organization ids by region code: an organization keeps its id for life, so they are kept once found. */
    private final Map<String, String> organizations = new ConcurrentHashMap<>();

    /** The organization of a region, found by its division code attribute (one request, then remembered). */
    public String organizationId(String regionCode, String alias) {
        String known = organizations.get(regionCode);
        if (known != null) {
            return known;
        }
        String found = lookUp(regionCode, alias);
        organizations.put(regionCode, found);
        return found;
    }

    /**
     * By the division code attribute tenant-admin gives every organization it makes; an organization
     * made otherwise (by hand, an older realm) is found by its alias, which Keycloak searches in the
     * name and the domain (a region's domain is {@code <alias>.<suffix>}).
     */
    private String lookUp(String regionCode, String alias) {
        var organizations = realm().organizations();
        return organizations.searchByAttribute("divisionCode:" + regionCode).stream()
                .filter(org -> alias.equals(org.getAlias()))
                .findFirst()
                .or(() -> organizations.search(alias, false, 0, 100).stream()
                        .filter(org -> alias.equals(org.getAlias()))
                        .findFirst())
                .map(OrganizationRepresentation::getId)
                .orElseThrow(() -> Refusals.unavailable(
                        "organization_missing", "本地区在 Keycloak 中没有对应的组织，请联系平台运维 (the region has no organization)"));
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    public List<MemberRepresentation> page(Region region, String search, int first, int max) {
        var members = organization(region).members();
        return search == null || search.isBlank()
                ? members.list(first, max)
                : members.search(search.strip(), false, first, max);
    }

    /** The whole account of someone {@link #page} listed (members come back without their attributes). */
    public UserRepresentation account(MemberRepresentation member) {
        return realm().users().get(member.getId()).toRepresentation();
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    public long count(Region region) {
        return organization(region).members().count();
    }

    /** The member with this Keycloak id; 404 for anyone outside the region (or no one). */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    public UserRepresentation member(Region region, String id) {
        if (id == null || !id.matches("[0-9a-fA-F-]{36}")) {
            throw new NotFoundException(NOT_FOUND);
        }
        try {
            MemberRepresentation member =
                    organization(region).members().member(id).toRepresentation();
            if (member == null || member.getId() == null) {
                throw new NotFoundException(NOT_FOUND);
            }
            return realm().users().get(id).toRepresentation();
        } catch (NotFoundException e) {
            throw e;
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404 || e.getResponse().getStatus() == 400) {
                throw new NotFoundException(NOT_FOUND);
            }
            throw e;
        }
    }

    /** How many regions (organizations) the person belongs to. */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    public int regionCount(String userId) {
        return realm().organizations().members().getOrganizations(userId, true).size();
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    public List<String> realmRoles(String userId) {
        return realm().users().get(userId).roles().realmLevel().listAll().stream()
                .map(RoleRepresentation::getName)
                .toList();
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    public Optional<UserRepresentation> byUsername(String username) {
        return realm().users().searchByUsername(username, true).stream().findFirst();
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    public Optional<UserRepresentation> byEmail(String email) {
        return realm().users().searchByEmail(email, true).stream().findFirst();
    }

    /** Creates the account and makes it a member; an account that cannot join the region is removed again. */
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    public String create(Region region, UserRepresentation user, Collection<String> roles) {
        String id;
        try (Response created = realm().users().create(user)) {
            if (created.getStatus() == 409) {
                throw Refusals.conflict("username_taken", "用户名或电子邮箱已被使用 (username or e-mail already in use)");
            }
            if (created.getStatus() == 400) {
                throw Refusals.invalid("username", "Keycloak 不接受该账号信息 (Keycloak refused these details)");
            }
            id = CreatedResponseUtil.getCreatedId(created);
        }
        try (Response joined = organization(region).members().addMember(id)) {
            if (joined.getStatus() >= 300) {
                throw new WebApplicationException("joining the organization failed: " + joined.getStatus(), 502);
            }
            grant(id, roles);
            return id;
        } catch (RuntimeException e) {
            realm().users().delete(id).close();
            throw e;
        }
    }

    public void update(String id, UserRepresentation user) {
        realm().users().get(id).update(user);
    }

    /** Gives and takes realm roles among {@code managed}; roles outside it (platform-admin) are never touched. */
    public void setRoles(String id, Collection<String> wanted, Collection<String> managed) {
        UserResource user = realm().users().get(id);
        List<String> held = user.roles().realmLevel().listAll().stream()
                .map(RoleRepresentation::getName)
                .toList();
        List<RoleRepresentation> remove = managed.stream()
                .filter(r -> held.contains(r) && !wanted.contains(r))
                .map(this::role)
                .toList();
        if (!remove.isEmpty()) {
            user.roles().realmLevel().remove(remove);
        }
        grant(id, wanted.stream().filter(r -> !held.contains(r)).toList());
    }

    public void leave(Region region, String id) {
        try (Response left = organization(region).members().member(id).delete()) {
            if (left.getStatus() >= 300 && left.getStatus() != 404) {
                throw new WebApplicationException("leaving the organization failed: " + left.getStatus(), 502);
            }
        }
    }

    public boolean canSendMail() {
        var smtp = realm().toRepresentation().getSmtpServer();
        return smtp != null && smtp.get("host") != null && !smtp.get("host").isBlank();
    }

    public void emailPasswordLink(String id) {
        realm().users().get(id).executeActionsEmail(List.of("UPDATE_PASSWORD"), 72 * 3600);
    }

    public void temporaryPassword(String id, String password) {
        var credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(password);
        credential.setTemporary(true);
        realm().users().get(id).resetPassword(credential);
    }

    /** Signs the person out everywhere (after disabling, removal or a new password). */
    public void logout(String id) {
        realm().users().get(id).logout();
    }

    private void grant(String id, Collection<String> roles) {
        if (!roles.isEmpty()) {
            realm().users()
                    .get(id)
                    .roles()
                    .realmLevel()
                    .add(roles.stream().map(this::role).toList());
        }
    }

    private RoleRepresentation role(String name) {
        return realm().roles().get(name).toRepresentation();
    }

    private OrganizationResource organization(Region region) {
        return realm().organizations().get(organizationId(region.code(), region.slug()));
    }

    private RealmResource realm() {
        return keycloak.realm(config.realm());
    }
}
