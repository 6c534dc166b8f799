package cn.jixiao.portal.kiosk;

import java.util.List;

/** One page of a kiosk list: how many match in all, which page (from 0) of what size, and its rows. */
public record KioskPage<T>(long total, int page, int size, List<T> items) {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;
}
