package cn.jixiao.portal.transfer;

/**
 * What part of a sheet an export covers, or which project an import is for: a year and/or a
 * project (both optional).
 */
public record TransferFilter(Integer year, Long projectId) {
    public static final TransferFilter NONE = new TransferFilter(null, null);
}
