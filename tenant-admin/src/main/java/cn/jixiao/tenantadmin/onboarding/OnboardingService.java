package cn.jixiao.tenantadmin.onboarding;

import cn.jixiao.platform.accounts.PasswordGenerator;
import cn.jixiao.tenantadmin.keycloak.AdminUserSpec;
import cn.jixiao.tenantadmin.keycloak.KeycloakAdminConfig;
import cn.jixiao.tenantadmin.keycloak.KeycloakOrganizations;
import cn.jixiao.tenantadmin.keycloak.KeycloakUsers;
import cn.jixiao.tenantadmin.keycloak.OrganizationSpec;
import cn.jixiao.tenantadmin.keycloak.Provisioned;
import cn.jixiao.tenantadmin.tenant.RegionLevel;
import cn.jixiao.tenantadmin.tenant.TenantCatalog;
import cn.jixiao.tenantadmin.web.ConflictException;
import cn.jixiao.tenantadmin.web.InvalidInputException;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Onboards a region in resumable steps keyed by its slug: database rows, Keycloak organization,
 * first administrator with role and membership, activation. Each step first looks for its result
 * and only makes what is missing, so a repeated request changes nothing and a request after a
 * failure finishes the work. Keycloak calls run outside database transactions; each database step
 * is its own transaction ({@link RegionRegistration}). Onboardings run one at a time in this
 * process, so two submissions of the same region cannot hand out two different initial passwords.
 */
@ApplicationScoped
public class OnboardingService {
    /** The first administrator's given name in Keycloak; the family name is the region's. */
    static final String ADMIN_FIRST_NAME = "地区管理员";

    @Inject
    RegionRegistration registration;

    @Inject
    KeycloakOrganizations organizations;

    @Inject
    KeycloakUsers users;

    @Inject
    TenantCatalog catalog;

    @Inject
    PasswordGenerator passwords;

    @Inject
    KeycloakAdminConfig keycloakConfig;

    @Inject
    MeterRegistry metrics;

    private final ReentrantLock oneAtATime = new ReentrantLock(true);

    public OnboardingResult onboard(@Valid OnboardingRequest input) {
        var request = input.normalized();
        checkConsistent(request);
        oneAtATime.lock();
        try {
            var result = run(request);
            count(result.created() ? "created" : "existing");
            return result;
        } catch (ConflictException e) {
            count("conflict");
            throw e;
        } finally {
            oneAtATime.unlock();
        }
    }

    private OnboardingResult run(OnboardingRequest request) {
        // a username of another region is refused before anything is written
        users.checkAvailable(request.adminUsername(), request.slug());
        List<StepOutcome> steps = new ArrayList<>();

        Registration registered = registration.register(request);
        steps.add(StepOutcome.of(OnboardingStep.REGION, registered.rowsCreated()));

        Provisioned org = organizations.findOrCreate(
                new OrganizationSpec(request.slug(), request.name(), request.code()), registered.keycloakOrgId());
        if (!registered.keycloakOrgId().filter(org.id()::equals).isPresent()) {
            registration.recordOrganization(request.code(), org.id());
        }
        steps.add(StepOutcome.of(OnboardingStep.ORGANIZATION, org.created()));

        String generatedPassword = null;
        if (registered.wasActive()) {
            checkSameAdministrator(request, org.id());
            steps.add(StepOutcome.of(OnboardingStep.ADMIN_USER, false));
            steps.add(StepOutcome.of(OnboardingStep.ADMIN_ROLE, false));
            steps.add(StepOutcome.of(OnboardingStep.MEMBERSHIP, false));
            steps.add(StepOutcome.of(OnboardingStep.ACTIVATION, false));
        } else {
            String password = request.adminPassword() != null ? request.adminPassword() : passwords.generate();
            Provisioned admin = users.findOrCreate(adminSpec(request), password);
            if (!admin.created()) {
                // an earlier attempt made the user but never handed its password out
                users.setPassword(admin.id(), password);
            }
            steps.add(StepOutcome.of(OnboardingStep.ADMIN_USER, admin.created()));
            steps.add(StepOutcome.of(
                    OnboardingStep.ADMIN_ROLE, users.ensureRealmRole(admin.id(), keycloakConfig.tenantAdminRole())));
            steps.add(StepOutcome.of(OnboardingStep.MEMBERSHIP, users.ensureMember(admin.id(), org.id())));
            registration.activate(request.code(), org.id());
            steps.add(StepOutcome.of(OnboardingStep.ACTIVATION, true));
            generatedPassword = request.adminPassword() == null ? password : null;
        }
        var tenant = catalog.byCode(request.code()).orElseThrow();
        return new OnboardingResult(!registered.wasActive(), tenant, request.adminUsername(), generatedPassword, steps);
    }

    /** An active region keeps its first administrator; more users are added in the portal. */
    private void checkSameAdministrator(OnboardingRequest request, String organizationId) {
        boolean member = users.find(request.adminUsername())
                .filter(user -> users.isMember(user.getId(), organizationId))
                .isPresent();
        if (!member) {
            throw new ConflictException("地区 " + request.slug() + " 已开通，首位管理员不是 " + request.adminUsername()
                    + " (this region is already onboarded with another administrator)");
        }
    }

    private static void checkConsistent(OnboardingRequest request) {
        RegionLevel level = request.regionLevel();
        if (request.parentCode() == null) {
            return;
        }
        if (level == RegionLevel.PROVINCE) {
            throw new InvalidInputException("parentCode", "省级地区没有上级地区 (a province has no parent region)");
        }
        if (request.parentCode().equals(request.code())) {
            throw new InvalidInputException("parentCode", "上级地区不能是本地区 (a region cannot be its own parent)");
        }
    }

    private static AdminUserSpec adminSpec(OnboardingRequest request) {
        return new AdminUserSpec(
                request.adminUsername(), request.adminEmail(), ADMIN_FIRST_NAME, request.name(), request.slug());
    }

    private void count(String outcome) {
        metrics.counter("jixiao.onboarding", "outcome", outcome).increment();
    }
}
