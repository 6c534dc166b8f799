package cn.jixiao.portal.contract;

import java.util.List;

/** The contract page: the contract and whether the user may change it. */
public record ContractDetailView(ContractView contract, boolean canEdit) {

    public List<AcceptanceResult> results() {
        return List.of(AcceptanceResult.values());
    }
}
