package cn.jixiao.portal.copies;

import cn.jixiao.portal.finding.Rule;
import cn.jixiao.portal.finding.Severity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * The two rules on a report's own words as rules like any other: listed with the checks, their default
 * severity the deployment's ({@link CopyRules}), raised or lowered per region like every rule
 * (tenant_setting.check_severity through {@code PUT /api/findings/checks/{code}/severity}).
 */
@ApplicationScoped
public class ReportTextRules {
    /** A report-text rule: its code, the deployment's default severity and what it checks. */
    public record TextRule(String code, Severity severity, String description) implements Rule {}

    @Inject
    CopyRules settings;

    public TextRule copiedParagraph() {
        return new TextRule(CopyFinder.CODE, settings.copiedParagraph(), CopyFinder.DESCRIPTION);
    }

    public TextRule foreignBodyText() {
        return new TextRule(
                ReportTextChecks.FOREIGN_CODE, settings.foreignBodyText(), ReportTextChecks.FOREIGN_DESCRIPTION);
    }

    public TextRule foreignTheme() {
        return new TextRule(ReportTextChecks.THEME_CODE, settings.foreignTheme(), ReportTextChecks.THEME_DESCRIPTION);
    }

    public List<Rule> all() {
        return List.of(copiedParagraph(), foreignBodyText(), foreignTheme());
    }

    public Optional<Rule> byCode(String code) {
        return all().stream().filter(r -> r.code().equals(code)).findFirst();
    }
}
