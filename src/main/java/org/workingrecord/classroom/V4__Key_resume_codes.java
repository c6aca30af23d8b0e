package org.workingrecord.classroom;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Rewrites the resume code hashes stored before they were keyed (plain SHA-256 of the code) as the
 * key over that hash ({@link ResumeCodeKey#ofLegacy}), so every student keeps their code. Written
 * in Java because the key is not in the database. Flyway runs it once, in the schema's history as
 * version 4; Spring Boot hands it to Flyway because it is a bean.
 */
@Component
class V4__Key_resume_codes extends BaseJavaMigration {

    private final ResumeCodeKey key;

    V4__Key_resume_codes(ResumeCodeKey key) {
        this.key = key;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection db = context.getConnection();
        Map<Long, String> legacy = new LinkedHashMap<>();
        try (Statement select = db.createStatement();
             ResultSet rows = select.executeQuery("select id, resume_code_hash from student")) {
            while (rows.next()) {
                String stored = rows.getString(2);
                if (!stored.startsWith("k:")) {
                    legacy.put(rows.getLong(1), stored);
                }
            }
        }
        try (PreparedStatement update = db.prepareStatement("update student set resume_code_hash = ? where id = ?")) {
            for (Map.Entry<Long, String> row : legacy.entrySet()) {
                update.setString(1, key.ofLegacy(row.getValue()));
                update.setLong(2, row.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
