package cn.jixiao.portal.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PersonTest {
    @Test
    void aNameIsFirstAndLastNameAsKeycloaksTokensPutIt() {
        assertEquals("部门填报 岳阳市", Person.of("yueyang-dept", "部门填报", "岳阳市").name());
        assertEquals("岳阳市", Person.of("u", " ", " 岳阳市 ").name());
        assertEquals("部门填报", Person.of("u", "部门填报", null).name());
    }

    @Test
    void withoutANameThePersonIsShownByUsername() {
        Person person = Person.of("yueyang-dept", null, "  ");
        assertEquals("yueyang-dept", person.name());
        assertFalse(person.named());
        assertTrue(Person.of("yueyang-dept", "部门填报", "岳阳市").named());
    }
}
