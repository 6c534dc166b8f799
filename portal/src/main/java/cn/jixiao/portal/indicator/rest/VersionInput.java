package cn.jixiao.portal.indicator.rest;

/** The version of a template the client read (deactivate, activate). */
public record VersionInput(Integer version) {}
