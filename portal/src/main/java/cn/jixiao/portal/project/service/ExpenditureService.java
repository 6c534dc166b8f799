package cn.jixiao.portal.project.service;

import cn.jixiao.portal.audit.AuditTrail;
import cn.jixiao.portal.project.EconomicClasses;
import cn.jixiao.portal.project.Expenditure;
import cn.jixiao.portal.project.Project;
import cn.jixiao.portal.project.dto.ExpenditureInput;
import cn.jixiao.portal.project.dto.ExpenditureView;
import cn.jixiao.portal.web.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.util.List;

/** 支出明细: entries are added and removed (never edited in place), each change audited. */
@ApplicationScoped
public class ExpenditureService {
    static final String ENTITY = "Expenditure";

    @Inject
    ProjectLookup lookup;

    @Inject
    AuditTrail audit;

    @Transactional
    public List<ExpenditureView> list(long projectId) {
        Project project = lookup.readable(projectId);
        return Expenditure.listForProject(project.id).stream()
                .map(ExpenditureView::of)
                .toList();
    }

    @Transactional
    public ExpenditureView add(long projectId, ExpenditureInput input) {
        Project project = lookup.editable(projectId);
        var entry = new Expenditure();
        entry.projectId = project.id;
        entry.level = input.level();
        entry.content = input.content().strip();
        entry.amount = input.amount();
        entry.voucherNo = ProjectService.blankToNull(input.voucherNo());
        entry.spentOn = input.spentOn();
        entry.economicClass = EconomicClasses.normalize("economicClass", input.economicClass());
        entry.persist();
        var after = ExpenditureView.of(entry);
        audit.record("CREATE", ENTITY, entry.id, null, after);
        return after;
    }

    /** Removes an entry; with {@code version} given, only the version the client read. */
    @Transactional
    public void delete(long projectId, long expenditureId, Integer version) {
        Project project = lookup.editable(projectId);
        Expenditure entry = Expenditure.findInProject(project.id, expenditureId)
                .orElseThrow(() -> new NotFoundException("支出明细不存在 (expenditure entry not found)"));
        if (version != null) {
            Versions.require(version, entry.version);
        }
        var before = ExpenditureView.of(entry);
        entry.delete();
        audit.record("DELETE", ENTITY, expenditureId, before, null);
    }
}
