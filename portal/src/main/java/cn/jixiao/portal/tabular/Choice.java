package cn.jixiao.portal.tabular;

import java.util.List;

/** One allowed value of a {@link ColumnType#CHOICE} column: the stored code, its label, and other spellings. */
public record Choice(String code, String label, List<String> aliases) {

    public static Choice of(String code, String label, String... aliases) {
        return new Choice(code, label, List.of(aliases));
    }
}
