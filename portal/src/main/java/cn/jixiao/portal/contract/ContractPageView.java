package cn.jixiao.portal.contract;

import java.util.List;

/** The contract page: the contract, whether the user may change it, and any form problems. */
public record ContractPageView(ContractView contract, boolean canEdit, List<String> errors) {

    public List<AcceptanceResult> results() {
        return List.of(AcceptanceResult.values());
    }
}
