package cn.jixiao.tenantadmin.bulk;

import cn.jixiao.tenantadmin.tenant.RegionLevel;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A GB/T 2260 division code list as the statistics bureau and the civil affairs ministry publish
 * it and people save it from Excel: one division a line, {@code code,name} with an optional third
 * column, either the level (省/市/县, 省级/地级/县级, PROVINCE/CITY/COUNTY) or the parent's code; an
 * optional header line; UTF-8 (with or without BOM) or GBK/GB18030; commas, full-width commas or tabs.
 * The level follows from the code when not given (xx0000 province, xxxx00 city, else county).
 * Rows that name no division of their own (市辖区, 县, 省直辖县级行政区划 …) are skipped.
 */
public final class CodeList {
    private static final Pattern CODE = Pattern.compile("^[0-9]{6}$");
    private static final Set<String> NOT_DIVISIONS =
            Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划", "省直辖县级行政单位", "自治区直辖县级行政单位");
    static final int MAX_NAME = 60;

    /** One usable row: its line in the file, code, name, level, and the parent's code when the file names it. */
    public record Division(int row, String code, String name, RegionLevel level, String givenParent) {}

    /** A row with a problem: its line and why, in Chinese then English. */
    public record Problem(int row, String message) {}

    /** A row left out on purpose. */
    public record Skipped(int row, String code, String name, String reason) {}

    public record Parsed(List<Division> divisions, List<Problem> problems, List<Skipped> skipped) {}

    /** Thrown when the content is no code list at all (not text): a 400 with the message. */
    public static final class Unreadable extends RuntimeException {
        public Unreadable(String message) {
            super(message);
        }
    }

    private CodeList() {}

    public static Parsed parse(byte[] content, int maxRows) {
        String text = decode(content);
        var divisions = new ArrayList<Division>();
        var problems = new ArrayList<Problem>();
        var skipped = new ArrayList<Skipped>();
        var seen = new HashSet<String>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        int rows = 0;
        boolean first = true;
        for (int i = 0; i < lines.length; i++) {
            int row = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            List<String> fields = fields(line);
            if (first) {
                first = false;
                if (!CODE.matcher(fields.get(0)).matches() && isHeader(fields.get(0))) {
                    continue;
                }
            }
            if (++rows > maxRows) {
                throw new Unreadable("文件最多 " + maxRows + " 行，请分批上传 (at most " + maxRows + " rows per file)");
            }
            read(row, fields, seen).ifPresent(result -> {
                switch (result) {
                    case Division d -> divisions.add(d);
                    case Problem p -> problems.add(p);
                    case Skipped s -> skipped.add(s);
                    default -> throw new IllegalStateException();
                }
            });
        }
        if (divisions.isEmpty() && problems.isEmpty()) {
            throw new Unreadable("文件中没有行政区划 (the file lists no divisions: expected lines like 150602,东胜区)");
        }
        return new Parsed(divisions, problems, skipped);
    }

    private static Optional<Object> read(int row, List<String> fields, Set<String> seen) {
        String code = fields.get(0);
        String name = fields.size() > 1 ? fields.get(1) : "";
        if (fields.size() > 3) {
            return Optional.of(new Problem(row, "列数过多：应为 代码,名称[,级别或上级代码] (too many columns)"));
        }
        if (!CODE.matcher(code).matches()) {
            return Optional.of(new Problem(row, "行政区划代码「" + shorten(code) + "」不是 6 位数字 (code must be 6 digits)"));
        }
        if (code.equals("000000")) {
            return Optional.of(new Problem(row, "行政区划代码不能为 000000 (not a division code)"));
        }
        if (name.isEmpty()) {
            return Optional.of(new Problem(row, "缺少地区名称 (name is missing)"));
        }
        if (name.length() > MAX_NAME) {
            return Optional.of(new Problem(row, "地区名称最多 " + MAX_NAME + " 个字 (name too long)"));
        }
        if (NOT_DIVISIONS.contains(name)) {
            return Optional.of(new Skipped(row, code, name, "非独立行政区，跳过 (a grouping row, not a division of its own)"));
        }
        RegionLevel derived = code.endsWith("0000")
                ? RegionLevel.PROVINCE
                : code.endsWith("00") ? RegionLevel.CITY : RegionLevel.COUNTY;
        RegionLevel level = derived;
        String parent = null;
        if (fields.size() == 3 && !fields.get(2).isEmpty()) {
            String third = fields.get(2);
            if (CODE.matcher(third).matches()) {
                parent = third;
                if (parent.equals(code)) {
                    return Optional.of(new Problem(row, "上级代码不能是本地区 (a region cannot be its own parent)"));
                }
            } else {
                var given = level(third);
                if (given.isEmpty()) {
                    return Optional.of(new Problem(
                            row,
                            "第三列「" + shorten(third)
                                    + "」既不是级别（省/市/县）也不是上级代码 (third column: a level or the parent's code)"));
                }
                level = given.get();
            }
        }
        if (!seen.add(code)) {
            return Optional.of(new Problem(row, "行政区划代码 " + code + " 在文件中重复 (the code appears twice)"));
        }
        return Optional.of(new Division(row, code, name, level, parent));
    }

    /** The code of the division directly above, as the code says: the city's, else the province's. */
    static List<String> parentCandidates(Division division) {
        String code = division.code();
        String city = code.substring(0, 4) + "00";
        String province = code.substring(0, 2) + "0000";
        return switch (division.level()) {
            case PROVINCE -> List.of();
            case CITY -> code.equals(province) ? List.of() : List.of(province);
            case COUNTY -> code.equals(city) ? List.of(province) : List.of(city, province);
        };
    }

    private static Optional<RegionLevel> level(String text) {
        return switch (text.toUpperCase(Locale.ROOT)) {
            case "省", "省级", "PROVINCE", "1" -> Optional.of(RegionLevel.PROVINCE);
            case "市", "市级", "地级", "地市级", "CITY", "2" -> Optional.of(RegionLevel.CITY);
            case "县", "县级", "区", "COUNTY", "3" -> Optional.of(RegionLevel.COUNTY);
            default -> Optional.empty();
        };
    }

    private static boolean isHeader(String first) {
        String lower = first.toLowerCase(Locale.ROOT);
        return lower.contains("代码") || lower.contains("code") || lower.contains("编码");
    }

    private static List<String> fields(String line) {
        var fields = new ArrayList<String>();
        for (String raw : line.split("[,，\t]", -1)) {
            String field = raw.strip();
            if (field.length() >= 2 && field.startsWith("\"") && field.endsWith("\"")) {
                field = field.substring(1, field.length() - 1).strip();
            }
            fields.add(field);
        }
        return fields;
    }

    private static String decode(byte[] content) {
        int start = content.length >= 3
                        && (content[0] & 0xFF) == 0xEF
                        && (content[1] & 0xFF) == 0xBB
                        && (content[2] & 0xFF) == 0xBF
                ? 3
                : 0;
        String text;
        try {
            text = strict(StandardCharsets.UTF_8)
                    .decode(ByteBuffer.wrap(content, start, content.length - start))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            try {
                text = strict(Charset.forName("GB18030"))
                        .decode(ByteBuffer.wrap(content))
                        .toString();
            } catch (CharacterCodingException e) {
                throw new Unreadable("文件不是 UTF-8 或 GBK 编码的文本 (the file is not UTF-8 or GBK text)");
            }
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
                throw new Unreadable("文件含有控制字符，不是 CSV 文本 (the file holds control characters: not a CSV text)");
            }
        }
        return text;
    }

    private static java.nio.charset.CharsetDecoder strict(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static String shorten(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20) + "…";
    }
}
