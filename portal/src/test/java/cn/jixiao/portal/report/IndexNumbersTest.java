package cn.jixiao.portal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IndexNumbersTest {
    @Test
    void formsTheNumberAsTheSeedsPrintIt() {
        assertEquals(
                "57980172-X-/2022-0712008",
                IndexNumbers.of("57980172-X", ReportCatalog.SELF_REPORT, LocalDate.of(2022, 7, 12), 8));
        assertEquals(
                "11150627-X-/2023-0418001",
                IndexNumbers.of("11150627-X", ReportCatalog.EVALUATION_REPORT, LocalDate.of(2023, 4, 18), 1));
        assertEquals(
                "12430600-X-Z/2020-0609123",
                IndexNumbers.of("12430600-X", ReportCatalog.RECTIFICATION_REPORT, LocalDate.of(2020, 6, 9), 123));
    }

    @Test
    void readsTheSequenceBackAndRejectsOtherForms() {
        assertTrue(IndexNumbers.valid("57980172-X-/2019-0621006"));
        assertEquals(6, IndexNumbers.sequence("57980172-X-/2019-0621006"));
        assertFalse(IndexNumbers.valid("57980172X-/2019-0621006"));
        assertFalse(IndexNumbers.valid("57980172-X-/2019-062106"));
        assertThrows(
                IllegalArgumentException.class,
                () -> IndexNumbers.of("57980172-X", ReportCatalog.SELF_REPORT, LocalDate.of(2022, 1, 1), 1000));
    }
}
