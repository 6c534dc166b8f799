package cn.jixiao.portal.department;

/** A state change that names only the version the client read. */
public record VersionInput(Integer version) {}
