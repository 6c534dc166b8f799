package cn.jixiao.publicsite.web;

import java.util.OptionalLong;

/** Report ids as they arrive in paths: anything that is not a positive number names no report. */
final class ReportIds {
    private ReportIds() {}

    static OptionalLong parse(String value) {
        if (value == null
                || value.isEmpty()
                || value.length() > 18
                || !value.chars().allMatch(Character::isDigit)) {
            return OptionalLong.empty();
        }
        long id = Long.parseLong(value);
        return id > 0 ? OptionalLong.of(id) : OptionalLong.empty();
    }
}
