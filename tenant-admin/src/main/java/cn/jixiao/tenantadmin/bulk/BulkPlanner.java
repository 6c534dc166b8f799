package cn.jixiao.tenantadmin.bulk;

import cn.jixiao.tenantadmin.keycloak.KeycloakAdminConfig;
import cn.jixiao.tenantadmin.tenant.Region;
import cn.jixiao.tenantadmin.tenant.RegionLevel;
import cn.jixiao.tenantadmin.tenant.Tenant;
import cn.jixiao.tenantadmin.tenant.TenantStatus;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a parsed code list into the items of a job, with what the database already holds: a region
 * already onboarded is listed as existing, one left half-made is resumed, and a row that contradicts
 * what is registered (another name or level, a suspended region, a slug in use) is a problem of its
 * row. Parents come from the file or the registered regions: a county's city, else its province (a
 * county directly under a province, 省直辖县). Items run provinces first, then cities, then counties.
 */
@ApplicationScoped
public class BulkPlanner {
    @Inject
    KeycloakAdminConfig keycloak;

    @Inject
    BulkConfig config;

    public record Plan(List<BulkItem> items, List<CodeList.Problem> problems) {}

    public Plan plan(CodeList.Parsed parsed) {
        var problems = new ArrayList<>(parsed.problems());
        Map<String, CodeList.Division> inFile = new HashMap<>();
        parsed.divisions().forEach(d -> inFile.put(d.code(), d));
        Map<String, Region> registered = regions();
        Map<String, Tenant> tenants = tenants();
        Map<String, String> slugs = new HashMap<>();
        tenants.values().forEach(t -> slugs.put(t.slug, t.code));

        var items = new ArrayList<BulkItem>();
        for (var division : parsed.divisions()) {
            var region = Optional.ofNullable(registered.get(division.code()));
            if (region.isPresent()
                    && (!region.get().name.equals(division.name()) || region.get().level != division.level())) {
                problems.add(new CodeList.Problem(
                        division.row(),
                        "行政区划代码 " + division.code() + " 已登记为 " + region.get().name + "（"
                                + region.get().level.label() + "）(registered with another name or level)"));
                continue;
            }
            var tenant = Optional.ofNullable(tenants.get(division.code()));
            if (tenant.isPresent()
                    && (tenant.get().status == TenantStatus.SUSPENDED
                            || tenant.get().status == TenantStatus.OFFBOARDED)) {
                problems.add(new CodeList.Problem(
                        division.row(),
                        division.name() + " " + tenant.get().status.label() + "，不能批量开通 (the region is "
                                + tenant.get().status.english() + ")"));
                continue;
            }
            String slug = tenant.map(t -> t.slug).orElse(config.slugPrefix() + division.code());
            String holder = slugs.get(slug);
            if (holder != null && !holder.equals(division.code())) {
                problems.add(new CodeList.Problem(
                        division.row(), "地区标识 " + slug + " 已被 " + holder + " 使用 (the slug is taken)"));
                continue;
            }
            var parent = parent(division, inFile, registered);
            if (parent.problem() != null) {
                problems.add(new CodeList.Problem(division.row(), parent.problem()));
                continue;
            }
            var item = new BulkItem();
            item.rowNo = division.row();
            item.code = division.code();
            item.name = division.name();
            item.level = division.level();
            item.parentCode = parent.code();
            item.parentName = parent.name();
            item.slug = slug;
            item.adminUsername = slug + "-admin";
            item.adminEmail = slug + "-admin@" + keycloak.organizationDomainSuffix();
            item.state = tenant.filter(t -> t.status == TenantStatus.ACTIVE).isPresent()
                    ? BulkItem.State.EXISTING
                    : BulkItem.State.PENDING;
            if (tenant.filter(t -> t.status == TenantStatus.PROVISIONING).isPresent()) {
                item.message = "此前开通未完成，将继续 (an earlier onboarding stopped part-way; it is finished)";
            } else if (parent.code() == null && division.level() != RegionLevel.PROVINCE) {
                item.message = "未找到上级地区，开通为无上级地区 (no parent region found: onboarded without one)";
            }
            items.add(item);
        }
        items.sort(Comparator.comparing((BulkItem i) -> i.level.ordinal()).thenComparing(i -> i.rowNo));
        for (int i = 0; i < items.size(); i++) {
            items.get(i).seq = i + 1;
        }
        problems.sort(Comparator.comparingInt(CodeList.Problem::row));
        return new Plan(items, problems);
    }

    private record Parent(String code, String name, String problem) {}

    private static Parent parent(
            CodeList.Division division, Map<String, CodeList.Division> inFile, Map<String, Region> registered) {
        List<String> candidates =
                division.givenParent() != null ? List.of(division.givenParent()) : CodeList.parentCandidates(division);
        for (String code : candidates) {
            RegionLevel level;
            String name;
            if (inFile.containsKey(code)) {
                level = inFile.get(code).level();
                name = inFile.get(code).name();
            } else if (registered.containsKey(code)) {
                level = registered.get(code).level;
                name = registered.get(code).name;
            } else {
                continue;
            }
            if (!level.isAbove(division.level())) {
                return new Parent(null, null, "上级地区 " + name + " 的级别须高于本地区 (the parent must be of a higher level)");
            }
            return new Parent(code, name, null);
        }
        if (division.givenParent() != null) {
            return new Parent(
                    null,
                    null,
                    "上级代码 " + division.givenParent()
                            + " 既不在文件中也未登记 (the parent is neither in the file nor registered)");
        }
        return new Parent(null, null, null);
    }

    private static Map<String, Region> regions() {
        Map<String, Region> all = new HashMap<>();
        Region.<Region>listAll().forEach(r -> all.put(r.code, r));
        return all;
    }

    private static Map<String, Tenant> tenants() {
        Map<String, Tenant> all = new HashMap<>();
        Tenant.<Tenant>listAll().forEach(t -> all.put(t.code, t));
        Panache.getEntityManager().clear();
        return all;
    }
}
