package org.mizan.evidence.boundary;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PreviewKindTest {

    @Test
    void imagesPdfsVideoAndAudioArePreviewed() {
        assertEquals(PreviewKind.IMAGE, PreviewKind.of("image/jpeg"));
        assertEquals(PreviewKind.PDF, PreviewKind.of("application/pdf"));
        assertEquals(PreviewKind.VIDEO, PreviewKind.of("video/mp4"));
        assertEquals(PreviewKind.AUDIO, PreviewKind.of("audio/mpeg"));
    }

    @Test
    void whatCouldRunScriptInMizansOriginIsNeverPreviewed() {
        assertEquals(PreviewKind.NONE, PreviewKind.of("text/html"));
        assertEquals(PreviewKind.NONE, PreviewKind.of("image/svg+xml"));
        assertEquals(PreviewKind.NONE, PreviewKind.of("application/xhtml+xml"));
        assertEquals(PreviewKind.NONE, PreviewKind.of("application/javascript"));
        assertEquals(PreviewKind.NONE, PreviewKind.of("application/x-dosexec"));
        assertEquals(PreviewKind.NONE, PreviewKind.of(null));
    }
}
