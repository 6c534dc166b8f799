package cn.jixiao.portal.people.keeping;

/** One change to a person's account or roles: when, by whom, and what (INVITE, UPDATE, DISABLE, …). */
public record PersonChange(String at, String actor, String action) {}
