package cn.jixiao.portal.readdown;

import io.quarkus.qute.TemplateData;

/** A region below the current one whose figures it may read (a read-down grant): code, name, level. */
@TemplateData
public record ChildRegion(String code, String name, String level) {}
