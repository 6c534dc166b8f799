package cn.jixiao.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleTest {
    @TempDir
    Path backup;

    @Test
    void filesArePackedInOrderWhileTheyFitAndALargerFileIsABundleOfItsOwn() throws Exception {
        List<BackupManifest.StoredFile> files = files(
                Map.of("a", 40, "b", 50, "empty", 0, "c", 30, "huge", 250, "d", 10),
                "a",
                "b",
                "empty",
                "c",
                "huge",
                "d");

        List<Bundle> bundles = Bundle.plan(files, 100);

        assertEquals(List.of(List.of("a", "b", "empty"), List.of("c"), List.of("huge"), List.of("d")), paths(bundles));
        assertEquals(
                List.of(90L, 30L, 250L, 10L), bundles.stream().map(Bundle::size).toList());
        assertEquals("bundles/00003", bundles.get(2).path());
        assertEquals(
                Optional.of(bundles),
                Bundle.fromSizes(files, bundles.stream().map(Bundle::size).toList()),
                "the reader finds the same bundles from their sizes alone");
        assertEquals(Optional.empty(), Bundle.fromSizes(files, List.of(90L, 30L, 250L)), "a bundle missing");
        assertEquals(Optional.empty(), Bundle.fromSizes(files, List.of(89L, 31L, 250L, 10L)), "sizes that do not fit");
    }

    @Test
    void aBundleUnpacksIntoItsFilesAndAChangedByteNamesTheFile() throws Exception {
        List<BackupManifest.StoredFile> files = files(Map.of("一", 1000, "二", 0, "三", 70_000), "一", "二", "三");
        Bundle bundle = Bundle.plan(files, 1 << 20).get(0);
        byte[] packed;
        try (var in = bundle.open(backup)) {
            packed = in.readAllBytes();
        }
        assertEquals(71_000, packed.length);

        Map<String, ByteArrayOutputStream> unpacked = new LinkedHashMap<>();
        List<String> problems = bundle.unpack(new ByteArrayInputStream(packed), file -> {
            var out = new ByteArrayOutputStream();
            unpacked.put(file.path(), out);
            return out;
        });
        assertEquals(List.of(), problems);
        for (BackupManifest.StoredFile file : files) {
            assertEquals(
                    Sha256.of(backup.resolve(file.path())),
                    Sha256.of(new ByteArrayInputStream(unpacked.get(file.path()).toByteArray())));
        }

        packed[1500] ^= 1;
        List<String> changed = bundle.unpack(new ByteArrayInputStream(packed), Bundle.FileTarget.NOWHERE);
        assertEquals(1, changed.size(), changed.toString());
        assertTrue(changed.get(0).startsWith("三: SHA-256 "), changed.toString());

        byte[] cut = java.util.Arrays.copyOf(packed, 50_000);
        List<String> early = bundle.unpack(new ByteArrayInputStream(cut), Bundle.FileTarget.NOWHERE);
        assertEquals(List.of("三: bundles/00001 ends 21000 bytes early"), early);
    }

    private List<BackupManifest.StoredFile> files(Map<String, Integer> sizes, String... order) throws Exception {
        List<BackupManifest.StoredFile> files = new ArrayList<>();
        java.util.Random random = new java.util.Random(7);
        for (String path : order) {
            byte[] bytes = new byte[sizes.get(path)];
            random.nextBytes(bytes);
            Files.write(backup.resolve(path), bytes);
            files.add(new BackupManifest.StoredFile(path, bytes.length, Sha256.of(backup.resolve(path))));
        }
        return files;
    }

    private static List<List<String>> paths(List<Bundle> bundles) {
        return bundles.stream()
                .map(b ->
                        b.files().stream().map(BackupManifest.StoredFile::path).toList())
                .toList();
    }
}
