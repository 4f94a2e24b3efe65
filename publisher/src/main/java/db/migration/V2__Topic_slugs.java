package db.migration;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.healthjournal.pipeline.publisher.articles.SiteSlugs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Category, author and tag pages look articles up by slug. The slugs are made in Java (the same
 * {@link SiteSlugs} the publisher uses), so the rows published before them are filled in here
 * rather than by SQL that would have to imitate it.
 */
public class V2__Topic_slugs extends BaseJavaMigration {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void migrate(Context context) throws Exception {
        Connection db = context.getConnection();
        try (Statement ddl = db.createStatement()) {
            ddl.execute("alter table article add column category_slug varchar(200)");
            ddl.execute("alter table article add column author_slug varchar(200)");
            ddl.execute("create index article_category_slug on article (category_slug)");
            ddl.execute("create index article_author_slug on article (author_slug)");
            ddl.execute("""
                    create table article_tag (
                        article_id varchar(100) not null references article (article_id) on delete cascade,
                        slug       varchar(200) not null,
                        name       varchar(200) not null,
                        primary key (article_id, slug)
                    )""");
            ddl.execute("create index article_tag_slug on article_tag (slug)");
        }
        Map<String, String[]> rows = new LinkedHashMap<>();
        try (Statement query = db.createStatement();
             ResultSet rs = query.executeQuery("select article_id, category, author, tags_json from article")) {
            while (rs.next()) {
                rows.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4)});
            }
        }
        try (PreparedStatement slugs = db.prepareStatement(
                "update article set category_slug = ?, author_slug = ? where article_id = ?");
             PreparedStatement tags = db.prepareStatement(
                     "insert into article_tag (article_id, slug, name) values (?, ?, ?)")) {
            for (Map.Entry<String, String[]> row : rows.entrySet()) {
                String category = row.getValue()[0];
                String author = row.getValue()[1];
                slugs.setString(1, category == null ? null : SiteSlugs.of(category));
                slugs.setString(2, author == null ? null : SiteSlugs.of(author));
                slugs.setString(3, row.getKey());
                slugs.executeUpdate();
                List<String> names = JSON.readValue(row.getValue()[2], new TypeReference<>() {
                });
                for (Map.Entry<String, String> tag : SiteSlugs.bySlug(names).entrySet()) {
                    tags.setString(1, row.getKey());
                    tags.setString(2, tag.getKey());
                    tags.setString(3, tag.getValue());
                    tags.executeUpdate();
                }
            }
        }
    }
}
