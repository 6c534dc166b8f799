package cn.jixiao.publicsite.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Government synonyms (自助终端 = 一体机, 12345 = 政务热线 …), kept as a list in
 * {@code synonyms.txt} beside this class: one group a line, terms separated by commas, # comments.
 * A query term found in a group matches any term of the group.
 */
final class Synonyms {
    static final String RESOURCE = "synonyms.txt";

    /** A piece of a query: a synonym term (with its group) or plain text. */
    record Piece(String text, List<String> group) {
        boolean synonym() {
            return !group.isEmpty();
        }
    }

    private final Map<String, List<String>> groups;
    private final int longest;

    private Synonyms(Map<String, List<String>> groups) {
        this.groups = groups;
        this.longest = groups.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    static Synonyms load() {
        try (InputStream in = Objects.requireNonNull(Synonyms.class.getResourceAsStream(RESOURCE), RESOURCE);
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            var groups = new HashMap<String, List<String>>();
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                List<String> group = Arrays.stream(line.split("[,，]"))
                        .map(term -> term.strip().toLowerCase(Locale.ROOT))
                        .filter(term -> !term.isEmpty())
                        .distinct()
                        .toList();
                if (group.size() > 1) {
                    group.forEach(term -> groups.merge(term, group, Synonyms::union));
                }
            }
            return new Synonyms(Map.copyOf(groups));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> union(List<String> a, List<String> b) {
        var all = new ArrayList<>(a);
        b.stream().filter(term -> !all.contains(term)).forEach(all::add);
        return List.copyOf(all);
    }

    int groupCount() {
        return (int) groups.values().stream().distinct().count();
    }

    /** The group of a term (itself included), empty when it has no synonyms. */
    List<String> groupOf(String term) {
        return groups.getOrDefault(term.toLowerCase(Locale.ROOT), List.of());
    }

    /** Cuts a chunk of query text into synonym terms (longest first, left to right) and the text between. */
    List<Piece> split(String chunk) {
        var pieces = new ArrayList<Piece>();
        String lower = chunk.toLowerCase(Locale.ROOT);
        int plainStart = 0;
        int i = 0;
        while (i < chunk.length()) {
            int found = 0;
            for (int length = Math.min(longest, chunk.length() - i); length >= 2; length--) {
                if (groups.containsKey(lower.substring(i, i + length))) {
                    found = length;
                    break;
                }
            }
            if (found == 0) {
                i++;
                continue;
            }
            if (plainStart < i) {
                pieces.add(new Piece(chunk.substring(plainStart, i), List.of()));
            }
            pieces.add(new Piece(chunk.substring(i, i + found), groups.get(lower.substring(i, i + found))));
            i += found;
            plainStart = i;
        }
        if (plainStart < chunk.length()) {
            pieces.add(new Piece(chunk.substring(plainStart), List.of()));
        }
        return pieces;
    }
}
