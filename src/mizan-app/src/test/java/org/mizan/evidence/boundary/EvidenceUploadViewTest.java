package org.mizan.evidence.boundary;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EvidenceUploadViewTest {

    @Test
    void aSubmittedFileNameLosesThePathItHadOnTheUploadersComputer() {
        assertEquals("scene.jpg", EvidenceUploadView.baseName("C:\\Users\\rasha\\Desktop\\scene.jpg"));
        assertEquals("صورة.jpg", EvidenceUploadView.baseName("/home/rasha/صورة.jpg"));
        assertEquals("", EvidenceUploadView.baseName(null));
    }
}
