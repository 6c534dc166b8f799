package cn.jixiao.portal.publication;

/** A department's reminder address (null when none is kept) and the version to send back. */
public record ContactView(long departmentId, String email, int version) {}
