package cn.jixiao.portal.transfer.web;

import jakarta.ws.rs.BadRequestException;

/** Optional numbers from forms and query strings, where an empty field means "not given". */
final class Params {
    private Params() {}

    static Long optionalLong(String value, String label) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestException(label + "「" + value + "」不是有效的数字 (not a number)");
        }
    }

    static Integer optionalInt(String value, String label) {
        Long n = optionalLong(value, label);
        if (n != null && (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE)) {
            throw new BadRequestException(label + "「" + value + "」超出范围 (out of range)");
        }
        return n == null ? null : n.intValue();
    }
}
