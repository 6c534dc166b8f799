package cn.jixiao.portal.evaluation.records;

import cn.jixiao.platform.tenancy.Tenancy;
import cn.jixiao.portal.budget.BudgetAdjustment;
import cn.jixiao.portal.budget.DepartmentBudget;
import cn.jixiao.portal.indicator.RecordKey;
import cn.jixiao.portal.kiosk.summary.SummaryScope;
import cn.jixiao.portal.profile.DepartmentProfile;
import cn.jixiao.portal.project.Project;
import cn.jixiao.portal.project.ProjectFund;
import cn.jixiao.portal.ratio.BudgetFigures;
import cn.jixiao.portal.ratio.Ratio;
import cn.jixiao.portal.ratio.RatioKey;
import cn.jixiao.portal.ratio.RatioSet;
import cn.jixiao.portal.ratio.StaffFigures;
import cn.jixiao.portal.region.Today;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The record figures a RECORD indicator reads, for an evaluation's subject and year, each computed
 * from the records the rest of the portal keeps (never typed in):
 *
 * <ul>
 *   <li>资金到位率, 预算执行率: the project's funds (project_fund, all levels); for a department's whole
 *       spending, the funds of its projects of the year together;
 *   <li>设备验收合格率, 设备投入使用率: the kiosk inventory as of the year's last day (or today in the
 *       running year), counted as the kiosk summary counts them. A project's devices are those bought
 *       under its contracts and every device at a service point where such a device stands (a kiosk
 *       project builds points, and the other units' devices there belong to it too); a department's
 *       are those it bought;
 *   <li>the department ratios (预算完成率, 预算调整率, 在职人员控制率, “三公”经费控制率, 公用经费控制率, 政府采购执行率,
 *       固定资产利用率): the department's books of the year, by the ratio package's formulas.
 * </ul>
 */
@ApplicationScoped
public class RecordFigures {
    @Inject
    Today today;

    /** The subject of an evaluation: a project (with its department) or a department's whole spending. */
    public record Subject(long departmentId, Long projectId, int year) {}

    /** The values of the keys asked for. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<RecordKey, RecordValue> values(Subject subject, Set<RecordKey> keys) {
        var values = new EnumMap<RecordKey, RecordValue>(RecordKey.class);
        Funds funds = null;
        Devices devices = null;
        RatioSet ratios = null;
        for (RecordKey key : keys) {
            switch (key) {
                case BUDGET_EXECUTION_RATE, FUNDS_ARRIVAL_RATE -> {
                    funds = funds == null ? funds(subject) : funds;
                    values.put(key, funds.value(key));
                }
                case DEVICE_ACCEPTED_RATE, DEVICE_IN_SERVICE_RATE -> {
                    devices = devices == null ? devices(subject) : devices;
                    values.put(key, devices.value(key));
                }
                default -> {
                    ratios = ratios == null ? ratios(subject) : ratios;
                    values.put(key, ratio(key, ratios));
                }
            }
        }
        return values;
    }

    /** The funds of the subject in 万元, summed over the government levels. */
    record Funds(BigDecimal planned, BigDecimal arrived, BigDecimal spent, String source) {
        RecordValue value(RecordKey key) {
            Map<String, Object> terms = new LinkedHashMap<>();
            terms.put("planned", planned);
            terms.put("arrived", arrived);
            terms.put("spent", spent);
            if (key == RecordKey.BUDGET_EXECUTION_RATE) {
                return new RecordValue(
                        key,
                        Ratio.of(spent, arrived).value(),
                        key.formula,
                        source + "：支出 " + plain(spent) + " 万元 ÷ 到位资金 " + plain(arrived) + " 万元",
                        terms);
            }
            return new RecordValue(
                    key,
                    Ratio.of(arrived, planned).value(),
                    key.formula,
                    source + "：到位资金 " + plain(arrived) + " 万元 ÷ 计划安排 " + plain(planned) + " 万元",
                    terms);
        }
    }

    private static Funds funds(Subject subject) {
        List<ProjectFund> rows;
        String source;
        if (subject.projectId() != null) {
            rows = ProjectFund.listForProject(subject.projectId());
            source = "项目资金";
        } else {
            List<Long> projects =
                    Project.<Project>list("departmentId = ?1 and year = ?2", subject.departmentId(), subject.year())
                            .stream()
                            .map(p -> p.id)
                            .toList();
            rows = projects.isEmpty() ? List.of() : ProjectFund.list("projectId in ?1", projects);
            source = "本部门 " + subject.year() + " 年 " + projects.size() + " 个项目的资金";
        }
        if (rows.isEmpty()) {
            return new Funds(null, null, null, source + "（未登记）");
        }
        BigDecimal planned = BigDecimal.ZERO;
        BigDecimal arrived = BigDecimal.ZERO;
        BigDecimal spent = BigDecimal.ZERO;
        for (ProjectFund f : rows) {
            planned = planned.add(orZero(f.planned));
            arrived = arrived.add(orZero(f.arrived));
            spent = spent.add(orZero(f.spent));
        }
        return new Funds(planned, arrived, spent, source);
    }

    /** The devices of the subject as of a day: how many, accepted, in use. */
    record Devices(long total, long accepted, long inUse, LocalDate asOf, String source) {
        RecordValue value(RecordKey key) {
            long part = key == RecordKey.DEVICE_ACCEPTED_RATE ? accepted : inUse;
            String what = key == RecordKey.DEVICE_ACCEPTED_RATE ? "已验收" : "投入使用（含试运行）";
            Map<String, Object> terms = new LinkedHashMap<>();
            terms.put("devices", total);
            terms.put(key == RecordKey.DEVICE_ACCEPTED_RATE ? "accepted" : "inService", part);
            terms.put("asOf", asOf.toString());
            return new RecordValue(
                    key,
                    Ratio.of(part, total).value(),
                    key.formula,
                    source + "截至 " + asOf + "：" + what + " " + part + " 台 ÷ 设备 " + total + " 台",
                    terms);
        }
    }

    /** The same counting as the kiosk summary (kiosk.summary.KioskSummaryQueries), on the subject's devices. */
    private Devices devices(Subject subject) {
        LocalDate asOf = SummaryScope.asOf(subject.year(), today.get());
        String mine;
        String source;
        if (subject.projectId() != null) {
            mine = """
                    (d.contract_id in (select c.id from contract c where c.tenant_id = :tenant and c.project_id = :subject)
                     or d.point_id in (select x.point_id from device x join contract c on c.id = x.contract_id
                                       where x.tenant_id = :tenant and c.project_id = :subject and x.point_id is not null))""";
            source = "项目设备台账";
        } else {
            mine = "d.department_id = :subject";
            source = "本部门购置设备台账";
        }
        String sql = """
                select count(*),
                    count(*) filter (where coalesce(d.accepted_on <= :asOf, false) and coalesce(d.retired_on > :asOf, true)),
                    count(*) filter (where coalesce(d.retired_on > :asOf, true)
                        and (coalesce(d.in_service_on <= :asOf, false)
                             or (coalesce(d.trial_started_on <= :asOf, false) and coalesce(d.accepted_on > :asOf, true))))
                from device d
                where d.tenant_id = :tenant and d.ordered_on <= :asOf
                  and (d.retired_on is null or d.retired_on >= :yearStart) and %s
                """.formatted(mine);
        Object[] row = (Object[]) Panache.getEntityManager()
                .createNativeQuery(sql)
                .setParameter("tenant", Tenancy.current().orElse(Tenancy.NO_TENANT))
                .setParameter("asOf", asOf)
                .setParameter("yearStart", LocalDate.of(subject.year(), 1, 1))
                .setParameter("subject", subject.projectId() != null ? subject.projectId() : subject.departmentId())
                .getSingleResult();
        return new Devices(
                ((Number) row[0]).longValue(),
                ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue(),
                asOf,
                source);
    }

    private static RatioSet ratios(Subject subject) {
        var budget =
                DepartmentBudget.findFor(subject.departmentId(), subject.year()).orElse(null);
        var profile = DepartmentProfile.findFor(subject.departmentId(), subject.year())
                .orElse(null);
        BudgetFigures figures = budget == null ? null : budget.figures(BudgetAdjustment.listForBudget(budget.id));
        StaffFigures staff = profile == null ? null : profile.staffFigures();
        return RatioSet.of(figures, staff);
    }

    private RecordValue ratio(RecordKey key, RatioSet set) {
        RatioKey ratioKey = switch (key) {
            case BUDGET_COMPLETION_RATE -> RatioKey.BUDGET_COMPLETION;
            case BUDGET_ADJUSTMENT_RATE -> RatioKey.BUDGET_ADJUSTMENT;
            case STAFF_CONTROL_RATE -> RatioKey.STAFF_CONTROL;
            case THREE_PUBLIC_CONTROL_RATE -> RatioKey.THREE_PUBLIC_CONTROL;
            case PUBLIC_FUNDS_CONTROL_RATE -> RatioKey.PUBLIC_FUNDS_CONTROL;
            case PROCUREMENT_EXECUTION_RATE -> RatioKey.PROCUREMENT_EXECUTION;
            case FIXED_ASSET_USE_RATE -> RatioKey.FIXED_ASSET_UTILIZATION;
            default -> throw new IllegalArgumentException("not a department ratio: " + key);
        };
        Ratio r = set.get(ratioKey);
        String unit = "人".equals(ratioKey.unit) ? " 人" : " 万元";
        Map<String, Object> terms = new LinkedHashMap<>();
        terms.put("numerator", r.numerator());
        terms.put("denominator", r.denominator());
        return new RecordValue(
                key,
                r.value(),
                ratioKey.formula,
                "部门账簿：" + term(r.numerator(), unit) + " ÷ " + term(r.denominator(), unit),
                terms);
    }

    private static String term(BigDecimal value, String unit) {
        return value == null ? "未填" : plain(value) + unit;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "未登记" : value.stripTrailingZeros().toPlainString();
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
