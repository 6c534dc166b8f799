package cn.jixiao.portal.web;

/** One choice of a select box: what is sent, what is shown, and whether it is the current one. */
public record Option(String value, String label, boolean selected) {}
