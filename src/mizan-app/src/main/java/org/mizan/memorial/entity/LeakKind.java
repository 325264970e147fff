package org.mizan.memorial.entity;

/** What the leak check found in a generated file; the value itself is never reported, only its kind and where. */
public enum LeakKind {
    /** A phone number, messenger handle, address or name of a family contact. */
    CONTACT,
    /** The name or an alias of a person not consented for public naming. */
    NAME,
    /** The username of a Mizan account. */
    USERNAME,
    /** An internal case reference. */
    REFERENCE,
    /** EXIF, XMP, GPS or text metadata inside an image. */
    IMAGE_METADATA
}
