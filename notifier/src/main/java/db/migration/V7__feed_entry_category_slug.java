package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Feeds per category ({@code /categories/{slug}/feed.xml}) look entries up by the slug of their
 * category. Written in Java so existing rows get exactly the slug the application computes
 * (accents dropped, which neither database's SQL does alike); the rule is copied, not called, so
 * this migration stays what it was.
 */
public class V7__feed_entry_category_slug extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("alter table feed_entry add column category_slug varchar(200)");
        }
        try (Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("select article_id, category from feed_entry where category is not null");
             PreparedStatement update = connection.prepareStatement(
                     "update feed_entry set category_slug = ? where article_id = ?")) {
            while (rows.next()) {
                update.setString(1, slug(rows.getString("category")));
                update.setString(2, rows.getString("article_id"));
                update.addBatch();
            }
            update.executeBatch();
        }
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("create index feed_entry_category on feed_entry (category_slug, published_at)");
        }
    }

    private static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? null : slug.substring(0, Math.min(slug.length(), 200));
    }
}
