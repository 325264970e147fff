package org.mizan.audit.boundary;

import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.mizan.evidence.entity.CustodyAction;
import org.mizan.platform.control.Messages;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every action the audit trail records has a label in English, Arabic and Kurdish, so the audit page never shows a
 * bare code such as EVIDENCE_VIEW: the codes named by ACTION constants anywhere in Mizan, and the chain of custody's.
 */
class AuditActionLabelsTest {

    @Test
    void everyAuditActionHasALabelInEveryLanguage() throws ReflectiveOperationException {
        Set<String> actions = new TreeSet<>(actionConstants());
        for (CustodyAction action : CustodyAction.values()) {
            actions.add("EVIDENCE_" + action.name());
        }
        assertTrue(actions.size() > 30, "the action constants were found: " + actions);
        List<String> missing = new ArrayList<>();
        for (var locale : Messages.SUPPORTED) {
            Messages messages = Messages.in(locale);
            actions.stream().filter(a -> !messages.has("audit.action." + a)).forEach(a -> missing.add(locale + " " + a));
        }
        assertTrue(missing.isEmpty(), "audit actions without a label: " + missing);
    }

    private static Set<String> actionConstants() throws ReflectiveOperationException {
        Set<String> values = new TreeSet<>();
        for (var type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.mizan")) {
            for (JavaField field : type.getFields()) {
                if (field.getName().startsWith("ACTION") && field.getRawType().isEquivalentTo(String.class)
                        && field.getModifiers().containsAll(Set.of(JavaModifier.STATIC, JavaModifier.FINAL))) {
                    Field reflected = field.reflect();
                    reflected.setAccessible(true);
                    values.add((String) reflected.get(null));
                }
            }
        }
        return values;
    }
}
