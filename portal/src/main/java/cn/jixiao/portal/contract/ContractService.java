package cn.jixiao.portal.contract;

import cn.jixiao.portal.access.Access;
import cn.jixiao.portal.audit.AuditTrail;
import cn.jixiao.portal.project.Project;
import cn.jixiao.portal.project.service.ProjectLookup;
import cn.jixiao.portal.web.Paged;
import cn.jixiao.portal.web.Refusals;
import cn.jixiao.portal.web.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Contracts, their payments and acceptance: the department's editors change them, all audited. */
@ApplicationScoped
public class ContractService {
    static final String ENTITY = "Contract";
    static final String NOT_FOUND = "合同不存在 (contract not found)";

    @Inject
    Access access;

    @Inject
    ProjectLookup projects;

    @Inject
    ThresholdService thresholds;

    @Inject
    AuditTrail audit;

    @Transactional
    public Paged<ContractSummary> page(Long departmentId, Long projectId, int page, int size) {
        var filter = scope(departmentId, projectId);
        var contracts = Contract.listPage(filter, page, size);
        return new Paged<>(summaries(contracts), Contract.countMatching(filter), page, size);
    }

    /** The contracts of a project the caller has already been allowed to read. */
    @Transactional
    public List<ContractSummary> forProject(long projectId) {
        Project project = projects.readable(projectId);
        return summaries(Contract.listForProject(project.id));
    }

    /** The contract page: the contract and whether the user may change it. */
    @Transactional
    public ContractDetailView detail(long id) {
        Contract contract = readable(id);
        return new ContractDetailView(viewOf(contract), access.canEditDepartment(contract.departmentId));
    }

    @Transactional
    public ContractView view(long id) {
        return viewOf(readable(id));
    }

    /** A contract as its department's editor opens it for changing (403 for anyone else). */
    @Transactional
    public ContractView forEditing(long id) {
        return viewOf(editable(id));
    }

    @Transactional
    public ContractView create(ContractInput input) {
        access.requireEditDepartment(input.departmentId());
        checkProject(input.projectId());
        var contract = new Contract();
        contract.departmentId = input.departmentId();
        apply(contract, input);
        contract.persist();
        var after = viewOf(contract);
        audit.record("CREATE", ENTITY, contract.id, null, after);
        return after;
    }

    @Transactional
    public ContractView update(long id, ContractInput input) {
        Contract contract = editable(id);
        Versions.require(input.version(), contract.version);
        if (!contract.departmentId.equals(input.departmentId())) {
            throw Refusals.invalid("departmentId", "合同的签约部门不可更改 (a contract cannot move to another department)");
        }
        checkProject(input.projectId());
        var before = viewOf(contract);
        apply(contract, input);
        return saved("UPDATE", contract, before);
    }

    @Transactional
    public ContractView addPayment(long id, PaymentInput input) {
        Contract contract = editable(id);
        var payment = new Payment();
        payment.contractId = contract.id;
        payment.paidOn = input.paidOn();
        payment.amount = input.amount();
        payment.note = input.note() == null || input.note().isBlank()
                ? null
                : input.note().strip();
        payment.persist();
        audit.record("CREATE", "Payment", payment.id, null, PaymentView.of(payment));
        return viewOf(contract);
    }

    @Transactional
    public ContractView accept(long id, AcceptanceInput input) {
        Contract contract = editable(id);
        Versions.require(input.version(), contract.version);
        if (input.result() != AcceptanceResult.PENDING && input.acceptedOn() == null) {
            throw Refusals.invalid("acceptedOn", "请填写验收日期 (acceptedOn is required once accepted or refused)");
        }
        var before = viewOf(contract);
        contract.acceptanceResult = input.result();
        contract.acceptedOn = input.result() == AcceptanceResult.PENDING ? null : input.acceptedOn();
        if (input.terms() != null) {
            contract.acceptanceTerms =
                    input.terms().isBlank() ? null : input.terms().strip();
        }
        return saved("ACCEPT", contract, before);
    }

    private ContractView saved(String action, Contract contract, ContractView before) {
        Contract.getEntityManager().flush();
        var after = viewOf(contract);
        audit.record(action, ENTITY, contract.id, before, after);
        return after;
    }

    private Contract readable(long id) {
        Contract contract = Contract.<Contract>findByIdOptional(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        boolean allowed = access.canReadDepartment(contract.departmentId)
                || (contract.projectId != null && access.canReadProject(contract.projectId, contract.departmentId));
        if (!allowed) {
            throw new jakarta.ws.rs.ForbiddenException("无权查看该合同 (you may not read this contract)");
        }
        return contract;
    }

    private Contract editable(long id) {
        Contract contract = readable(id);
        access.requireEditDepartment(contract.departmentId);
        return contract;
    }

    private void checkProject(Long projectId) {
        if (projectId == null) {
            return;
        }
        boolean readable = Project.<Project>findByIdOptional(projectId)
                .map(p -> access.canReadProject(p.id, p.departmentId))
                .orElse(false);
        if (!readable) {
            throw Refusals.invalid("projectId", "项目不存在或无权查看 (no such project, or you may not read it)");
        }
    }

    private ContractFilter scope(Long departmentId, Long projectId) {
        return new ContractFilter(access.listScope(departmentId), projectId);
    }

    private List<ContractSummary> summaries(List<Contract> contracts) {
        BigDecimal threshold = thresholds.threshold();
        Map<Long, String> names = projects.departmentNames();
        Map<Long, BigDecimal> paid =
                Payment.totalsFor(contracts.stream().map(c -> c.id).toList());
        return contracts.stream()
                .map(c -> ContractSummary.of(
                        c,
                        names.getOrDefault(c.departmentId, "—"),
                        paid.getOrDefault(c.id, BigDecimal.ZERO),
                        threshold))
                .toList();
    }

    private ContractView viewOf(Contract c) {
        String projectName = c.projectId == null
                ? null
                : Project.<Project>findByIdOptional(c.projectId)
                        .map(p -> p.name)
                        .orElse(null);
        return ContractView.of(
                c,
                projects.departmentName(c.departmentId),
                projectName,
                Payment.listForContract(c.id),
                thresholds.threshold());
    }

    private static void apply(Contract contract, ContractInput input) {
        contract.projectId = input.projectId();
        contract.contractNo = blankToNull(input.contractNo());
        contract.title = input.title().strip();
        contract.vendor = input.vendor().strip();
        contract.amount = input.amount();
        contract.signedOn = input.signedOn();
        contract.procurementMethod = input.procurementMethod();
        contract.workStartedOn = input.workStartedOn();
        contract.purchasedService = Boolean.TRUE.equals(input.purchasedService());
        contract.acceptanceTerms = blankToNull(input.acceptanceTerms());
        contract.trialPeriod = TrialPeriod.normalize(input.trialPeriod());
        contract.acceptanceWorkingDays = input.acceptanceWorkingDays();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
