package cn.jixiao.tenantadmin.keycloak;

import cn.jixiao.tenantadmin.web.ConflictException;
import cn.jixiao.tenantadmin.web.InvalidInputException;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Finds or creates a region's administrator by username, gives the role and the organization
 * membership when missing. A username already used by someone else is refused, never taken over.
 */
@ApplicationScoped
public class KeycloakUsers {
    @Inject
    KeycloakRealm keycloak;

    @Inject
    KeycloakAdminConfig config;

    public Optional<UserRepresentation> find(String username) {
        List<UserRepresentation> users = keycloak.call(
                "search user " + username, () -> keycloak.realm().users().searchByUsername(username, true));
        return users.stream()
                .filter(u -> username.equalsIgnoreCase(u.getUsername()))
                .findFirst();
    }

    /** Refuses, before anything is written, a username that belongs to another region or person. */
    public void checkAvailable(String username, String tenantSlug) {
        find(username).ifPresent(user -> checkOwnedBy(user, tenantSlug));
    }

    public Provisioned findOrCreate(AdminUserSpec spec, String password) {
        var existing = find(spec.username());
        if (existing.isPresent()) {
            checkOwnedBy(existing.get(), spec.tenantSlug());
            return new Provisioned(existing.get().getId(), false);
        }
        var response = keycloak.call(
                "create user " + spec.username(),
                () -> keycloak.realm().users().create(representation(spec, password)));
        try (response) {
            switch (response.getStatus()) {
                case 201 -> {
                    Log.infof("created administrator %s of %s", spec.username(), spec.tenantSlug());
                    return new Provisioned(KeycloakRealm.createdId(response), true);
                }
                case 409 -> {
                    // made meanwhile under the same name (then it is ours if marked so), or the email is taken
                    var made = find(spec.username())
                            .orElseThrow(() -> new ConflictException(
                                    "邮箱 " + spec.email() + " 已被其他用户使用 (this email address belongs to another user)"));
                    checkOwnedBy(made, spec.tenantSlug());
                    return new Provisioned(made.getId(), false);
                }
                case 400 -> throw refused(KeycloakRealm.body(response));
                default ->
                    throw new KeycloakFailure(
                            "create user " + spec.username(), response.getStatus(), KeycloakRealm.body(response));
            }
        }
    }

    public void setPassword(String userId, String password) {
        keycloak.run("set password", () -> keycloak.realm().users().get(userId).resetPassword(password(password)));
    }

    /** Gives the realm role unless the user has it; true when it was given now. */
    public boolean ensureRealmRole(String userId, String role) {
        var roles = keycloak.realm().users().get(userId).roles().realmLevel();
        List<RoleRepresentation> current = keycloak.call("read roles", roles::listAll);
        if (current.stream().anyMatch(r -> role.equals(r.getName()))) {
            return false;
        }
        RoleRepresentation representation = keycloak.call(
                "read role " + role, () -> keycloak.realm().roles().get(role).toRepresentation());
        keycloak.run("grant role " + role, () -> roles.add(List.of(representation)));
        return true;
    }

    public boolean isMember(String userId, String organizationId) {
        return organizations(userId).stream().anyMatch(org -> organizationId.equals(org.getId()));
    }

    /** Adds the user to the organization unless they are a member; true when added now. */
    public boolean ensureMember(String userId, String organizationId) {
        if (isMember(userId, organizationId)) {
            return false;
        }
        var response = keycloak.call(
                "add organization member",
                () -> keycloak.realm()
                        .organizations()
                        .get(organizationId)
                        .members()
                        .addMember(userId));
        try (response) {
            if (response.getStatus() == 409) {
                return false;
            }
            if (response.getStatus() >= 300) {
                throw new KeycloakFailure(
                        "add organization member", response.getStatus(), KeycloakRealm.body(response));
            }
            return true;
        }
    }

    /**
     * Deletes the user unless they belong to an organization other than {@code organizationId}
     * (someone who serves several regions keeps their account). True when deleted.
     */
    public boolean deleteUnlessInAnotherOrganization(String userId, String organizationId) {
        boolean elsewhere = organizations(userId).stream().anyMatch(org -> !organizationId.equals(org.getId()));
        if (elsewhere) {
            return false;
        }
        var response =
                keycloak.call("delete user", () -> keycloak.realm().users().delete(userId));
        try (response) {
            if (response.getStatus() == 404) {
                return false;
            }
            if (response.getStatus() >= 300) {
                throw new KeycloakFailure("delete user", response.getStatus(), KeycloakRealm.body(response));
            }
            return true;
        }
    }

    private List<OrganizationRepresentation> organizations(String userId) {
        return keycloak.call(
                "read user's organizations",
                () -> keycloak.realm().organizations().members().getOrganizations(userId, true));
    }

    /** A user is the region's when they are in its organization, or an onboarding of it marked them. */
    private void checkOwnedBy(UserRepresentation user, String tenantSlug) {
        List<String> aliases = organizations(user.getId()).stream()
                .map(OrganizationRepresentation::getAlias)
                .toList();
        var other = aliases.stream().filter(alias -> !tenantSlug.equals(alias)).findFirst();
        if (other.isPresent()) {
            throw new ConflictException("用户名 " + user.getUsername() + " 已被其他地区（" + other.get() + "）的用户使用"
                    + " (this username belongs to a user of another region)");
        }
        if (aliases.isEmpty() && !tenantSlug.equals(user.firstAttribute(config.onboardedForAttribute()))) {
            throw new ConflictException("用户名 " + user.getUsername() + " 已被占用 (this username is already taken)");
        }
    }

    /** Keycloak's own rules (user profile, password policy) turned into a field error. */
    private static InvalidInputException refused(String body) {
        String field =
                body.contains("password") ? "adminPassword" : body.contains("email") ? "adminEmail" : "adminUsername";
        return new InvalidInputException(
                field, "Keycloak 拒绝了该管理员账号 (Keycloak refused the administrator account): " + body);
    }

    private UserRepresentation representation(AdminUserSpec spec, String password) {
        var user = new UserRepresentation();
        user.setUsername(spec.username());
        user.setEmail(spec.email());
        user.setFirstName(spec.firstName());
        user.setLastName(spec.lastName());
        user.setEnabled(true);
        user.setEmailVerified(true);
        user.setAttributes(Map.of(config.onboardedForAttribute(), List.of(spec.tenantSlug())));
        user.setCredentials(List.of(password(password)));
        return user;
    }

    private static CredentialRepresentation password(String value) {
        var credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(value);
        credential.setTemporary(false);
        return credential;
    }
}
