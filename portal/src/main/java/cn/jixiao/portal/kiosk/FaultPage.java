package cn.jixiao.portal.kiosk;

import java.util.List;

/** One page of fault reports, newest first. */
public record FaultPage(List<FaultView> items, long total, int page, int size) {
}
