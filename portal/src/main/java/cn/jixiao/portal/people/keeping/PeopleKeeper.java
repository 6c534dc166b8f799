package cn.jixiao.portal.people.keeping;

import cn.jixiao.platform.accounts.PasswordGenerator;
import cn.jixiao.platform.web.ApiError;
import cn.jixiao.portal.access.Access;
import cn.jixiao.portal.tenancy.Region;
import cn.jixiao.portal.web.Paged;
import cn.jixiao.portal.web.Refusals;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The region's people, kept by its admin and read by its finance reviewers: invite, change roles and
 * departments, disable, take off the region, start a password. Keycloak holds the accounts; every change
 * is audited here. A person who also serves other regions is only ever taken off this region's list:
 * their account (name, roles, password, enabled) is not one region's to change.
 */
@RequestScoped
public class PeopleKeeper {
    static final String ENTITY = "Person";

    @Inject
    Access access;

    @Inject
    RegionMembers members;

    @Inject
    PersonViews views;

    @Inject
    PeopleAudit audit;

    @Inject
    PasswordGenerator passwords;

    public Paged<PersonView> page(String q, int page, int size) {
        requireReader();
        Region region = region();
        return ask(() -> {
            var items = members.page(region, q, page * size, size).stream()
                    .map(m -> view(members.account(m)))
                    .toList();
            long total = q == null || q.isBlank() ? members.count(region) : page * size + items.size();
            return new Paged<>(items, total, page, size, "username");
        });
    }

    public PersonView get(String id) {
        requireReader();
        return ask(() -> view(members.member(region(), id)));
    }

    public PersonView invite(PersonInput input) {
        requireKeeper();
        if (input.username() == null || input.username().isBlank()) {
            throw Refusals.invalid("username", "请填写用户名 (username is required)");
        }
        String username = input.username().strip();
        List<String> roles = PersonRoles.check(input.rolesOrNone());
        List<String> departments = views.departmentCodes(input, roles);
        Region region = region();
        return ask(() -> {
            if (members.byUsername(username).isPresent()) {
                throw Refusals.of(409, "username_taken", "用户名已被使用，请换一个 (username already in use)");
            }
            if (members.byEmail(input.email().strip()).isPresent()) {
                throw Refusals.of(409, "email_taken", "该电子邮箱已被其他账号使用 (e-mail already in use)");
            }
            var user = new UserRepresentation();
            user.setUsername(username);
            user.setEnabled(true);
            user.setEmailVerified(false);
            describe(user, input, departments);
            String id = members.create(region, user, roles);
            var after = view(members.member(region, id));
            audit.record("INVITE", null, after);
            return after;
        });
    }

    public PersonView update(String id, PersonInput input) {
        requireKeeper();
        Region region = region();
        List<String> roles = PersonRoles.check(input.rolesOrNone());
        List<String> departments = views.departmentCodes(input, roles);
        return ask(() -> {
            UserRepresentation user = members.member(region, id);
            var before = view(user);
            requireOwnedHere(before);
            if (input.username() != null
                    && !input.username().isBlank()
                    && !input.username().strip().equals(user.getUsername())) {
                throw Refusals.invalid("username", "用户名不能修改 (the username cannot be changed)");
            }
            if (isSelf(before)
                    && before.hasRole(PersonRoles.REGION_ADMIN)
                    && !roles.contains(PersonRoles.REGION_ADMIN)) {
                throw Refusals.conflict("own_admin_role", "不能取消自己的地区管理员角色 (you cannot take away your own admin role)");
            }
            String email = input.email().strip();
            members.byEmail(email).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
                throw Refusals.of(409, "email_taken", "该电子邮箱已被其他账号使用 (e-mail already in use)");
            });
            describe(user, input, departments);
            members.update(id, user);
            members.setRoles(id, roles, PersonRoles.GRANTABLE);
            var after = view(members.member(region, id));
            audit.record("UPDATE", before, after);
            return after;
        });
    }

    public PersonView setEnabled(String id, boolean enabled) {
        requireKeeper();
        Region region = region();
        return ask(() -> {
            UserRepresentation user = members.member(region, id);
            var before = view(user);
            requireOwnedHere(before);
            if (isSelf(before) && !enabled) {
                throw Refusals.conflict("own_account", "不能停用自己的账号 (you cannot disable your own account)");
            }
            if (before.enabled() == enabled) {
                return before;
            }
            user.setEnabled(enabled);
            members.update(id, user);
            if (!enabled) {
                members.logout(id);
            }
            var after = view(members.member(region, id));
            audit.record(enabled ? "ENABLE" : "DISABLE", before, after);
            return after;
        });
    }

    /** Takes the person off this region; an account that then serves no region is disabled as well. */
    public void remove(String id) {
        requireKeeper();
        Region region = region();
        ask(() -> {
            UserRepresentation user = members.member(region, id);
            var before = view(user);
            if (isSelf(before)) {
                throw Refusals.conflict("own_account", "不能将自己移出本地区 (you cannot remove yourself)");
            }
            members.leave(region, id);
            if (!before.otherRegions()) {
                user.setEnabled(false);
                members.update(id, user);
                members.logout(id);
            }
            audit.record("REMOVE", before, null);
            return null;
        });
    }

    public PasswordStart startPassword(String id) {
        requireKeeper();
        Region region = region();
        return ask(() -> {
            UserRepresentation user = members.member(region, id);
            var person = view(user);
            requireOwnedHere(person);
            if (!person.enabled()) {
                throw Refusals.conflict("disabled", "账号已停用，请先启用 (the account is disabled; enable it first)");
            }
            PasswordStart start;
            if (members.canSendMail() && person.email() != null) {
                members.emailPasswordLink(id);
                start = PasswordStart.emailed(person.email());
            } else {
                String password = passwords.generate();
                members.temporaryPassword(id, password);
                start = PasswordStart.temporary(password);
            }
            audit.record("PASSWORD_" + start.via().toUpperCase().replace('-', '_'), person, person);
            return start;
        });
    }

    public List<PersonChange> history(String id) {
        requireReader();
        var person = get(id);
        return audit.of(person.username());
    }

    private PersonView view(UserRepresentation user) {
        return views.of(user, members.realmRoles(user.getId()), members.regionCount(user.getId()) > 1);
    }

    private static void describe(UserRepresentation user, PersonInput input, List<String> departments) {
        user.setFirstName(input.name().strip());
        user.setLastName(null);
        user.setEmail(input.email().strip());
        var attributes = user.getAttributes() == null
                ? new java.util.HashMap<String, List<String>>()
                : new java.util.HashMap<>(user.getAttributes());
        attributes.put("department", new ArrayList<>(departments));
        String phone = input.phone() == null ? "" : input.phone().strip();
        if (phone.isEmpty()) {
            attributes.remove("phone");
        } else {
            attributes.put("phone", List.of(phone));
        }
        user.setAttributes(attributes);
    }

    private static void requireOwnedHere(PersonView person) {
        if (person.otherRegions()) {
            throw Refusals.conflict(
                    "serves_other_regions",
                    "该人员同时为其他地区工作，其账号由平台运维维护；本地区只能将其移出 "
                            + "(this person also serves other regions: their account is kept by the platform; you may only remove them here)");
        }
    }

    private boolean isSelf(PersonView person) {
        return person.username().equals(access.actor());
    }

    private Region region() {
        return access.user().region().orElseThrow(() -> new ForbiddenException("请先选择地区 (choose a region first)"));
    }

    private void requireKeeper() {
        if (!access.isRegionAdmin()) {
            throw new ForbiddenException("只有地区管理员可以维护人员和角色 (only the region's admin keeps people and roles)");
        }
    }

    private void requireReader() {
        if (!access.isRegionAdmin() && !access.isFinanceReviewer()) {
            throw new ForbiddenException(
                    "只有地区管理员和财政审核人可以查看人员名单 (only the region's admin and finance reviewers see the people list)");
        }
    }

    /**
     * Keycloak answers, or the request gets a clear 4xx or a 503; nothing is half-done on our side. Our
     * own refusals pass as they are; Keycloak's own 4xx bodies are never shown as they are.
     */
    private static <T> T ask(Supplier<T> question) {
        try {
            return question.get();
        } catch (WebApplicationException e) {
            Response response = e.getResponse();
            int status = response == null ? 500 : response.getStatus();
            if (response != null && response.getEntity() instanceof ApiError) {
                throw e;
            }
            if (e instanceof jakarta.ws.rs.NotFoundException && status == 404 && response.getEntity() != null) {
                throw e;
            }
            if (status == 400) {
                throw Refusals.invalid(Map.of("account", "身份服务不接受这些信息，请检查后重试 (Keycloak refused these details)"));
            }
            if (status == 404) {
                throw new jakarta.ws.rs.NotFoundException(RegionMembers.NOT_FOUND);
            }
            if (status == 409) {
                throw Refusals.conflict("account_conflict", "用户名或电子邮箱已被使用 (username or e-mail already in use)");
            }
            throw unavailable(e);
        } catch (ProcessingException | FaultToleranceException e) {
            throw unavailable(e);
        }
    }

    private static RuntimeException unavailable(Exception e) {
        io.quarkus.logging.Log.warnf("Keycloak could not be asked: %s", e.toString());
        return Refusals.unavailable(
                "keycloak_unavailable", "身份服务暂时无法访问，请稍后再试，未做任何修改 (Keycloak cannot be reached; nothing was changed)");
    }
}
