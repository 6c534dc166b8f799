package cn.jixiao.portal.indicator.web;

import cn.jixiao.portal.access.Access;
import cn.jixiao.portal.indicator.IndicatorView;
import cn.jixiao.portal.indicator.LibraryView;
import cn.jixiao.portal.indicator.RecordKey;
import cn.jixiao.portal.indicator.ScoringRule;
import cn.jixiao.portal.indicator.TemplateService;
import cn.jixiao.portal.indicator.TemplateSummary;
import cn.jixiao.portal.indicator.TemplateView;
import cn.jixiao.portal.me.MeService;
import cn.jixiao.portal.me.MeView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;

/** 指标体系 pages: the region's templates with the library, and one template's tree with its editor. */
@Path("/indicator-templates")
@Produces(MediaType.TEXT_HTML)
public class IndicatorTemplatePages {

    /** What the editor offers: the rules and record figures to choose from. */
    public record Choices(List<ScoringRule> rules, List<RecordKey> recordKeys) {
        static Choices all() {
            return new Choices(List.of(ScoringRule.values()), List.of(RecordKey.values()));
        }
    }

    /** The weight totals shown under the tree: level 1 against 100, and the count of each level. */
    public record Totals(BigDecimal level1, long level1Count, long level2Count, long level3Count) {
        /** Whether the level-1 weights add up to 100. */
        public boolean complete() {
            return level1.compareTo(BigDecimal.valueOf(100)) == 0;
        }

        static Totals of(List<IndicatorView> indicators) {
            return new Totals(
                    indicators.stream()
                            .filter(i -> i.level() == 1)
                            .map(IndicatorView::weight)
                            .reduce(BigDecimal.ZERO, BigDecimal::add),
                    indicators.stream().filter(i -> i.level() == 1).count(),
                    indicators.stream().filter(i -> i.level() == 2).count(),
                    indicators.stream().filter(i -> i.level() == 3).count());
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(
                MeView me, List<TemplateSummary> templates, List<LibraryView> library, boolean canKeep);

        static native TemplateInstance detail(
                MeView me, TemplateView template, List<IndicatorView> tree, Totals totals, Choices choices);

        static native TemplateInstance create(MeView me, Choices choices, List<IndicatorView> tree);
    }

    @Inject
    TemplateService templates;

    @Inject
    Access access;

    @Inject
    MeService me;

    @GET
    public TemplateInstance list() {
        return Templates.list(
                me.describe(access.user()), templates.list(), templates.library(), access.keepsRegionSettings());
    }

    @GET
    @Path("new")
    public TemplateInstance create() {
        if (!access.keepsRegionSettings()) {
            throw new ForbiddenException(
                    "只有财政审核人或地区管理员可以新建指标体系 (only a finance reviewer or the region's admin may create templates)");
        }
        return Templates.create(me.describe(access.user()), Choices.all(), List.of());
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@PathParam("id") long id) {
        TemplateView template = templates.get(id);
        return Templates.detail(
                me.describe(access.user()), template, template.tree(), Totals.of(template.indicators()), Choices.all());
    }
}
