package cn.jixiao.portal.kiosk;

import static cn.jixiao.portal.kiosk.EvidenceFixtures.YIJINHUOLUO;
import static cn.jixiao.portal.kiosk.EvidenceFixtures.as;
import static cn.jixiao.portal.kiosk.EvidenceFixtures.count;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.platform.storage.ObjectStorage;
import cn.jixiao.portal.kiosk.service.DocumentService;
import cn.jixiao.testing.Tokens;
import io.minio.ListObjectsArgs;
import io.minio.RemoveObjectArgs;
import io.minio.Result;
import io.minio.messages.Item;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
public class DeviceDocumentApiTest {
    /** %test.jixiao.evidence.max-size */
    private static final int MAX_SIZE = 8 * 1024 * 1024;

    @Inject
    ObjectStorage storage;

    private final String prefix = EvidenceFixtures.runPrefix();
    private final List<Long> devices = new ArrayList<>();

    @AfterEach
    void removeDevicesAndTheirObjects() throws Exception {
        for (long device : devices) {
            for (String key : objectKeys(device)) {
                storage.client()
                        .removeObject(RemoveObjectArgs.builder()
                                .bucket(storage.bucket())
                                .object(key)
                                .build());
            }
        }
        EvidenceFixtures.remove(prefix);
    }

    private long device(String point) {
        long id = EvidenceFixtures.device(
                prefix + devices.size(), "yijinhuoluo-shebao", "jysbj", point, DeviceStatus.IN_SERVICE);
        devices.add(id);
        return id;
    }

    public static byte[] pdf(String text) {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% " + text + "\n%%EOF\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] zip(String... entries) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private List<String> objectKeys(long device) throws Exception {
        var keys = new ArrayList<String>();
        for (Result<Item> item : storage.client()
                .listObjects(ListObjectsArgs.builder()
                        .bucket(storage.bucket())
                        .prefix(YIJINHUOLUO + "/devices/" + device + "/")
                        .recursive(true)
                        .build())) {
            keys.add(item.get().objectName());
        }
        return keys;
    }

    private static io.restassured.response.Response upload(
            String token, long device, String kind, String name, byte[] content, String declaredType) {
        var request = as(token).multiPart("file", name, content, declaredType);
        if (kind != null) {
            request = request.multiPart("kind", kind);
        }
        return request.post("/api/kiosks/devices/" + device + "/documents");
    }

    @Test
    void buyerUploadsAPdfAndReadersDownloadTheSameBytesUnderItsChineseName() throws Exception {
        long device = device("YJ-P02");
        String buyer = Tokens.accessToken("yijinhuoluo-shebao");
        byte[] content = pdf("验收报告");
        String name = "社保一体机验收报告.pdf";

        Number id = upload(buyer, device, "ACCEPTANCE", name, content, "application/pdf")
                .then()
                .statusCode(201)
                .body("kind", equalTo("ACCEPTANCE"))
                .body("kindLabel", equalTo("验收报告"))
                .body("fileName", equalTo(name))
                .body("contentType", equalTo("application/pdf"))
                .body("sizeBytes", equalTo(content.length))
                .body("sha256", equalTo(sha256(content)))
                .body("uploadedBy", equalTo("yijinhuoluo-shebao"))
                .body("uploadedAt", notNullValue())
                .extract()
                .path("id");

        String finance = Tokens.accessToken("yijinhuoluo-finance");
        as(finance)
                .get("/api/kiosks/devices/" + device + "/documents")
                .then()
                .statusCode(200)
                .body("", hasSize(1))
                .body("[0].id", equalTo(id.intValue()))
                .body("[0].fileName", equalTo(name))
                .body("[0].sha256", equalTo(sha256(content)));

        var download = as(finance)
                .get("/api/kiosks/devices/" + device + "/documents/" + id)
                .then()
                .statusCode(200)
                .header("Content-Type", equalTo("application/pdf"))
                .header(
                        "Content-Disposition",
                        containsString(
                                "filename*=UTF-8''"
                                        + "%E7%A4%BE%E4%BF%9D%E4%B8%80%E4%BD%93%E6%9C%BA%E9%AA%8C%E6%94%B6%E6%8A%A5%E5%91%8A.pdf"))
                .header("Content-Disposition", containsString("filename=\"document-" + id + ".pdf\""))
                .extract()
                .asByteArray();
        assertArrayEquals(content, download);
        assertEquals(sha256(content), sha256(download));

        List<String> keys = objectKeys(device);
        assertEquals(1, keys.size(), "one object under the device's prefix");
        assertTrue(keys.get(0).matches(YIJINHUOLUO + "/devices/" + device + "/[0-9a-f-]{36}"), keys.get(0));
        assertEquals(
                1,
                count(
                        "select count(*) from audit_log where tenant_id = ? and entity = 'DeviceDocument'"
                                + " and entity_id = ? and action = 'UPLOAD' and actor = 'yijinhuoluo-shebao'",
                        YIJINHUOLUO,
                        id.longValue()));
    }

    @Test
    void aNameWithABidiOverrideIsStoredCleanAndTheFallbackNameTakesTheDetectedType() {
        long device = device("YJ-P02");
        String buyer = Tokens.accessToken("yijinhuoluo-shebao");
        // "验收‮fdp.exe" would read as "验收exe.pdf"; the content is a PDF whatever the name says
        Number id = upload(buyer, device, "DELIVERY", "验收\u202Efdp.exe", pdf("到货单"), "application/octet-stream")
                .then()
                .statusCode(201)
                .body("fileName", equalTo("验收fdp.exe"))
                .body("contentType", equalTo("application/pdf"))
                .extract()
                .path("id");
        as(buyer)
                .get("/api/kiosks/devices/" + device + "/documents/" + id)
                .then()
                .statusCode(200)
                .header("Content-Type", equalTo("application/pdf"))
                .header("Content-Disposition", containsString("filename=\"document-" + id + ".pdf\""))
                .header("Content-Disposition", not(containsString("%E2%80%AE")));
    }

    @Test
    void financeReviewerAndPointKeeperReadButCannotUpload() throws Exception {
        long device = device("YJ-P02");
        upload(
                        Tokens.accessToken("yijinhuoluo-shebao"),
                        device,
                        "DELIVERY",
                        "到货单.png",
                        new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13},
                        "image/png")
                .then()
                .statusCode(201)
                .body("contentType", equalTo("image/png"));

        for (String user : List.of("yijinhuoluo-finance", "yijinhuoluo-enke")) {
            String token = Tokens.accessToken(user);
            as(token)
                    .get("/api/kiosks/devices/" + device + "/documents")
                    .then()
                    .statusCode(200)
                    .body("", hasSize(1));
            upload(token, device, "OTHER", "其他.pdf", pdf(user), "application/pdf")
                    .then()
                    .statusCode(403)
                    .body("message", containsString("只有购置设备的部门"));
        }
        as(Tokens.accessToken("yijinhuoluo-finance"))
                .get("/api/kiosks/devices/" + device + "/documents")
                .then()
                .body("", hasSize(1));
        assertEquals(1, objectKeys(device).size());
    }

    @Test
    void bigDataCentreUploadsOnlyTheNetworkSignOff() throws Exception {
        long device = device("YJ-P03");
        String bigdata = Tokens.accessToken("yijinhuoluo-bigdata");
        upload(
                        bigdata,
                        device,
                        "NETWORK_SIGN_OFF",
                        "联网验收意见.docx",
                        zip("[Content_Types].xml", "word/document.xml"),
                        "application/octet-stream")
                .then()
                .statusCode(201)
                .body("contentType", equalTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .body("kindLabel", equalTo("联网验收意见"))
                .body("uploadedBy", equalTo("yijinhuoluo-bigdata"));
        upload(bigdata, device, "ACCEPTANCE", "验收.pdf", pdf("x"), "application/pdf")
                .then()
                .statusCode(403);
        assertEquals(1, count("select count(*) from device_document where device_id = ?", device));
    }

    @Test
    void refusedUploadsLeaveNoRowAndNoObject() throws Exception {
        long device = device("YJ-P02");
        String buyer = Tokens.accessToken("yijinhuoluo-shebao");
        String path = "/api/kiosks/devices/" + device + "/documents";
        upload(buyer, device, "ACCEPTANCE", "first.pdf", pdf("kept"), "application/pdf")
                .then()
                .statusCode(201);
        List<String> keysBefore = objectKeys(device);
        long auditBefore =
                count("select count(*) from audit_log where tenant_id = ? and entity = 'DeviceDocument'", YIJINHUOLUO);

        byte[] tooBig = new byte[MAX_SIZE + 1];
        System.arraycopy(pdf("big"), 0, tooBig, 0, 20);
        upload(buyer, device, "ACCEPTANCE", "大文件.pdf", tooBig, "application/pdf")
                .then()
                .statusCode(413)
                .body("message", containsString("文件太大"));

        byte[] elf = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0};
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        byte[] random = new byte[4096];
        new Random(42).nextBytes(random);
        random[0] = 0x00; // never a magic number by chance
        for (byte[] bad : List.of(elf, exe, random, zip("notes.txt"))) {
            upload(buyer, device, "ACCEPTANCE", "setup.pdf", bad, "application/pdf")
                    .then()
                    .statusCode(415)
                    .body("message", containsString("不支持的文件类型"));
        }
        upload(buyer, device, "ACCEPTANCE", "empty.pdf", new byte[0], "application/pdf")
                .then()
                .statusCode(400)
                .body("message", containsString("文件是空的"));
        upload(buyer, device, null, "nokind.pdf", pdf("k"), "application/pdf")
                .then()
                .statusCode(400)
                .body("fields[0].field", equalTo("kind"));
        upload(buyer, device, "INVOICE", "kind.pdf", pdf("k"), "application/pdf")
                .then()
                .statusCode(400)
                .body("fields[0].message", containsString("ACCEPTANCE, NETWORK_SIGN_OFF, DELIVERY, OTHER"));
        as(buyer)
                .multiPart("kind", "ACCEPTANCE")
                .post(path)
                .then()
                .statusCode(400)
                .body("message", containsString("请选择要上传的文件"));

        as(buyer).get(path).then().statusCode(200).body("", hasSize(1)).body("[0].fileName", equalTo("first.pdf"));
        assertEquals(keysBefore, objectKeys(device), "no object left behind by a refused upload");
        assertEquals(
                auditBefore,
                count("select count(*) from audit_log where tenant_id = ? and entity = 'DeviceDocument'", YIJINHUOLUO));
    }

    @Test
    void aDocumentOfAnotherDeviceIsNotFoundUnderThisOne() throws Exception {
        long first = device("YJ-P02");
        long second = device("YJ-P02");
        String buyer = Tokens.accessToken("yijinhuoluo-shebao");
        Number id = upload(buyer, first, "OTHER", "a.pdf", pdf("a"), "application/pdf")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(buyer)
                .get("/api/kiosks/devices/" + second + "/documents/" + id)
                .then()
                .statusCode(404)
                .body("message", equalTo(DocumentService.NOT_FOUND));
        as(buyer)
                .get("/api/kiosks/devices/" + second + "/documents")
                .then()
                .statusCode(200)
                .body("", empty());

        // a row whose object vanished from storage is a readable 404, not a server error
        storage.client()
                .removeObject(RemoveObjectArgs.builder()
                        .bucket(storage.bucket())
                        .object(objectKeys(first).get(0))
                        .build());
        as(buyer)
                .get("/api/kiosks/devices/" + first + "/documents/" + id)
                .then()
                .statusCode(404)
                .body("message", containsString("文件内容已不在存储中"));
    }
}
