package cn.jixiao.portal.target.web;

import cn.jixiao.portal.target.NewTargetChoices;

/** A new target table: the editor's department, the projects it may be about, the year suggested. */
public record TargetNewView(NewTargetChoices choices, int year) {}
