package org.mizan.platform.control;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every entity, before it is written, against the columns it is written to: text no longer than its
 * VARCHAR, no NUL (PostgreSQL cannot store one), numbers inside SMALLINT or INTEGER. The limits are read
 * from the database itself, so they always match the migrations; a value that breaks one is a 400 naming
 * the field, never a database error. Registered for every entity in META-INF/orm.xml.
 */
public class ColumnLimits {

    private static final Logger LOG = Logger.getLogger(ColumnLimits.class.getName());
    private static volatile Map<String, Limit> columns;
    private static final Map<Class<?>, List<Checked>> FIELDS = new ConcurrentHashMap<>();

    /** What a column holds at most: characters for text, a range for whole numbers. */
    record Limit(Integer maxCharacters, long min, long max) {
    }

    private record Checked(Field field, Limit limit) {
    }

    @PrePersist
    @PreUpdate
    public void check(Object entity) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        for (Checked checked : FIELDS.computeIfAbsent(entity.getClass(), ColumnLimits::checkedFields)) {
            Object value = read(checked.field(), entity);
            Limit limit = checked.limit();
            String name = checked.field().getName();
            if (value instanceof String text) {
                if (text.indexOf('\0') >= 0) {
                    errors.add(new InvalidInput.FieldError(name, "validation.controlCharacters"));
                } else if (limit.maxCharacters() != null && text.codePointCount(0, text.length()) > limit.maxCharacters()) {
                    errors.add(new InvalidInput.FieldError(name, "validation.tooLong", limit.maxCharacters()));
                }
            } else if (value instanceof Number number && limit.maxCharacters() == null
                    && (number.longValue() < limit.min() || number.longValue() > limit.max())) {
                errors.add(new InvalidInput.FieldError(name, "validation.range", limit.min(), limit.max()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private static Object read(Field field, Object entity) {
        try {
            return field.get(entity);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Checked> checkedFields(Class<?> type) {
        Map<String, Limit> known = columns();
        List<Checked> checked = new ArrayList<>();
        String table = table(type);
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || Modifier.isTransient(field.getModifiers())
                        || field.isAnnotationPresent(Transient.class)) {
                    continue;
                }
                Column column = field.getAnnotation(Column.class);
                String name = column != null && !column.name().isEmpty() ? column.name() : field.getName();
                Limit limit = known.get(table + "." + name.toLowerCase(Locale.ROOT));
                if (limit != null && (field.getType() == String.class || isWholeNumber(field.getType()))) {
                    field.setAccessible(true);
                    checked.add(new Checked(field, limit));
                }
            }
        }
        return List.copyOf(checked);
    }

    private static boolean isWholeNumber(Class<?> type) {
        return type == short.class || type == Short.class || type == int.class || type == Integer.class;
    }

    private static String table(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            Table table = c.getAnnotation(Table.class);
            if (table != null && !table.name().isEmpty()) {
                return table.name().toLowerCase(Locale.ROOT);
            }
        }
        Entity entity = type.getAnnotation(Entity.class);
        return (entity != null && !entity.name().isEmpty() ? entity.name() : type.getSimpleName()).toLowerCase(Locale.ROOT);
    }

    /** Reads the limits once the schema is migrated, before any entity is written (see {@link SchemaMigration}). */
    static void readFrom(DataSource dataSource) {
        columns = load(dataSource);
    }

    private static Map<String, Limit> columns() {
        Map<String, Limit> known = columns;
        if (known == null) {
            try {
                known = load(InitialContext.doLookup(MizanDataSource.JNDI_NAME));
            } catch (NamingException e) {
                LOG.warning("Column limits could not be read; values are checked by the database only: " + e);
                known = Map.of();
            }
            columns = known;
        }
        return known;
    }

    private static Map<String, Limit> load(DataSource dataSource) {
        Map<String, Limit> limits = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
             java.sql.Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT table_name, column_name, data_type, "
                     + "character_maximum_length FROM information_schema.columns WHERE table_schema = current_schema()")) {
            while (rows.next()) {
                String key = rows.getString(1).toLowerCase(Locale.ROOT) + "." + rows.getString(2).toLowerCase(Locale.ROOT);
                switch (rows.getString(3)) {
                    case "character varying", "character" -> {
                        int length = rows.getInt(4);
                        limits.put(key, new Limit(rows.wasNull() ? null : length, 0, 0));
                    }
                    case "text" -> limits.put(key, new Limit(null, 0, 0));
                    case "smallint" -> limits.put(key, new Limit(null, Short.MIN_VALUE, Short.MAX_VALUE));
                    case "integer" -> limits.put(key, new Limit(null, Integer.MIN_VALUE, Integer.MAX_VALUE));
                    default -> {
                    }
                }
            }
        } catch (SQLException e) {
            // Without the limits the database still refuses such values; the error mappers answer 400 then.
            LOG.log(Level.WARNING, "Column limits could not be read; values are checked by the database only: " + e);
            return Map.of();
        }
        return Map.copyOf(limits);
    }
}
