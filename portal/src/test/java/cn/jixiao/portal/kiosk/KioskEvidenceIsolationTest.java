package cn.jixiao.portal.kiosk;

import static cn.jixiao.portal.kiosk.EvidenceFixtures.YIJINHUOLUO;
import static cn.jixiao.portal.kiosk.EvidenceFixtures.as;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jixiao.platform.storage.ObjectStorage;
import cn.jixiao.testing.Tokens;
import io.minio.ListObjectsArgs;
import io.minio.RemoveObjectArgs;
import io.minio.Result;
import io.minio.messages.Item;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Another region's documents and faults: every route answers exactly as for an id that does not exist. */
@QuarkusTest
class KioskEvidenceIsolationTest {
    private static final long MISSING = 987_654_321L;

    @Inject
    ObjectStorage storage;

    private final String prefix = EvidenceFixtures.runPrefix();
    private long device;

    @AfterEach
    void clean() throws Exception {
        for (Result<Item> item : storage.client()
                .listObjects(ListObjectsArgs.builder()
                        .bucket(storage.bucket())
                        .prefix(YIJINHUOLUO + "/devices/" + device + "/")
                        .recursive(true)
                        .build())) {
            storage.client()
                    .removeObject(RemoveObjectArgs.builder()
                            .bucket(storage.bucket())
                            .object(item.get().objectName())
                            .build());
        }
        EvidenceFixtures.remove(prefix);
    }

    @Test
    void anotherRegionGetsTheSameNotFoundAsForAMissingIdOnEveryRoute() {
        device =
                EvidenceFixtures.device(prefix + "0", "yijinhuoluo-shebao", "jysbj", "YJ-P02", DeviceStatus.IN_SERVICE);
        long document = ((Number) as(Tokens.accessToken("yijinhuoluo-shebao"))
                        .multiPart("file", "验收.pdf", DeviceDocumentApiTest.pdf("isolation"), "application/pdf")
                        .multiPart("kind", "ACCEPTANCE")
                        .post("/api/kiosks/devices/" + device + "/documents")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
        long fault = ((Number) as(Tokens.accessToken("yijinhuoluo-enke"))
                        .contentType("application/json")
                        .body(Map.of("openedOn", "2024-03-01", "description", "黑屏"))
                        .post("/api/kiosks/devices/" + device + "/faults")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();

        Map<String, BiFunction<RequestSpecification, long[], Response>> routes = Map.of(
                "list documents", (r, ids) -> r.get("/api/kiosks/devices/" + ids[0] + "/documents"),
                "download", (r, ids) -> r.get("/api/kiosks/devices/" + ids[0] + "/documents/" + ids[1]),
                "upload",
                        (r, ids) -> r.multiPart("file", "x.pdf", DeviceDocumentApiTest.pdf("x"), "application/pdf")
                                .multiPart("kind", "OTHER")
                                .post("/api/kiosks/devices/" + ids[0] + "/documents"),
                "list faults", (r, ids) -> r.get("/api/kiosks/devices/" + ids[0] + "/faults"),
                "open fault",
                        (r, ids) -> r.contentType("application/json")
                                .body(Map.of("openedOn", "2024-03-02", "description", "x"))
                                .post("/api/kiosks/devices/" + ids[0] + "/faults"),
                "close fault",
                        (r, ids) -> r.contentType("application/json")
                                .body(Map.of("closedOn", "2024-03-03", "resolution", "x", "version", 0))
                                .post("/api/kiosks/faults/" + ids[2] + "/close"));

        for (String user : List.of("baoshan-finance", "baoshan-dept", "baoshan-admin")) {
            String token = Tokens.accessToken(user);
            routes.forEach((name, call) -> {
                Response theirs = call.apply(as(token), new long[] {device, document, fault});
                Response missing = call.apply(as(token), new long[] {MISSING, MISSING, MISSING});
                assertEquals(404, theirs.statusCode(), user + ": " + name);
                assertEquals(missing.statusCode(), theirs.statusCode(), user + ": " + name);
                assertEquals(missing.asString(), theirs.asString(), user + ": " + name);
            });
            as(token)
                    .get("/api/kiosks/faults?size=200")
                    .then()
                    .statusCode(200)
                    .body("items.deviceId", not(org.hamcrest.Matchers.hasItem((int) device)))
                    .body("items.deviceCode", everyItem(not(startsWith("YJ-"))))
                    .body("items.deviceCode", everyItem(not(startsWith(prefix))));
        }

        // nothing changed in 伊金霍洛旗
        assertEquals(1, EvidenceFixtures.count("select count(*) from device_document where device_id = ?", device));
        assertEquals(
                1,
                EvidenceFixtures.count(
                        "select count(*) from device_fault where device_id = ? and closed_on is null", device));
        assertEquals("FAULTY", EvidenceFixtures.status(device));
    }
}
