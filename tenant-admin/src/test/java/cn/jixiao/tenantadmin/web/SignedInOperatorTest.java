package cn.jixiao.tenantadmin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SignedInOperatorTest {

    @Test
    void chineseNamesAreFamilyNameFirstWithoutASpace() {
        assertEquals("张三", SignedInOperator.fromParts("三", "张").orElseThrow());
        assertEquals("东胜区地区管理员", SignedInOperator.fromParts("地区管理员", "东胜区").orElseThrow());
    }

    @Test
    void otherNamesAreGivenNameFirst() {
        assertEquals("Jane Doe", SignedInOperator.fromParts("Jane", "Doe").orElseThrow());
        assertEquals("Doe", SignedInOperator.fromParts(null, "Doe").orElseThrow());
    }

    @Test
    void noNameAtAllIsNoName() {
        assertTrue(SignedInOperator.fromParts(" ", null).isEmpty());
    }
}
