package org.mizan.platform.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.postgresql.util.PGobject;

import java.sql.SQLException;

/**
 * Keeps a JSON text in a {@code jsonb} column. The driver sends a String as {@code varchar}, which PostgreSQL does not
 * assign to {@code jsonb} by itself; an object that names its type is sent as that type. Read back, the text is
 * PostgreSQL's rendering of the same JSON (keys of an object reordered, spaces after separators), never its bytes.
 */
@Converter
public class JsonColumn implements AttributeConverter<String, PGobject> {

    @Override
    public PGobject convertToDatabaseColumn(String json) {
        // A null too goes as jsonb: EclipseLink would bind a bare null as varchar, which PostgreSQL refuses as well.
        PGobject column = new PGobject();
        column.setType("jsonb");
        try {
            column.setValue(json);
        } catch (SQLException e) {
            throw new IllegalArgumentException(e); // declared only: PGobject keeps the text as it is
        }
        return column;
    }

    @Override
    public String convertToEntityAttribute(PGobject column) {
        return column == null ? null : column.getValue();
    }
}
