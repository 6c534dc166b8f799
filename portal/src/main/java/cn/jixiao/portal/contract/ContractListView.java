package cn.jixiao.portal.contract;

import cn.jixiao.portal.web.Paged;

/** The contracts page: one page of the contracts the user may read, the filter, the region's threshold. */
public record ContractListView(
        Paged<ContractSummary> contracts, Long departmentId, Long projectId, ThresholdView threshold) {

    /** What the pager keeps besides the page: the filter. */
    public String pagerBase() {
        return "?" + (departmentId == null ? "" : "departmentId=" + departmentId + "&")
                + (projectId == null ? "" : "projectId=" + projectId + "&");
    }
}
