package org.mizan.imports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.inject.Inject;
import org.mizan.cases.control.SqlRunner;
import org.mizan.cases.control.SqlStatement;
import org.mizan.platform.control.InvalidInput;
import org.mizan.platform.control.NotFound;
import org.mizan.security.entity.Actor;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Column mappings saved under a name for the team's next file of the same shape; saving a name again replaces it. */
@ApplicationScoped
public class ImportMappings {

    static final int NAME_MAX = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional
    public void save(String name, ColumnMapping mapping, Actor actor) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > NAME_MAX) {
            throw new InvalidInput("name", "import.mapping.name", NAME_MAX);
        }
        if (mapping.byHeader().isEmpty()) {
            throw new InvalidInput("mapping", "import.mapping.empty");
        }
        Timestamp now = Timestamp.from(clock.instant());
        SqlRunner.of(em).rows(new SqlStatement("INSERT INTO import_mapping (name, columns, created_at, created_by, updated_at, "
                + "updated_by) VALUES (?, CAST(? AS jsonb), ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET columns = excluded.columns, "
                + "updated_at = excluded.updated_at, updated_by = excluded.updated_by RETURNING id",
                List.of(trimmed, mapping.toJson(), now, actor.username(), now, actor.username())));
    }

    /** Every saved mapping by name, alphabetically. */
    @Transactional
    public Map<String, ColumnMapping> all() {
        Map<String, ColumnMapping> mappings = new LinkedHashMap<>();
        SqlRunner.of(em).rows(new SqlStatement("SELECT name, columns::text FROM import_mapping ORDER BY name", List.of()))
                .forEach(row -> mappings.put((String) row[0], ColumnMapping.fromJson((String) row[1])));
        return mappings;
    }

    @Transactional
    public ColumnMapping named(String name) {
        ColumnMapping mapping = all().get(name);
        if (mapping == null) {
            throw new NotFound("import mapping");
        }
        return mapping;
    }
}
