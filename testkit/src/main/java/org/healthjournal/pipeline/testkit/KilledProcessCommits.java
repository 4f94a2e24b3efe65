package org.healthjournal.pipeline.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether commits to a service's embedded database survive the process being killed: a child JVM
 * commits rows one statement at a time to the service's default H2 file database (its
 * {@code application.yml} URL) and halts at once, as {@code SIGKILL} would stop it, without closing
 * anything; the test then opens the file and counts what is there.
 */
public final class KilledProcessCommits {

    /** The rows the child JVM commits before it halts. */
    public static final int ROWS = 20;
    private static final Pattern H2_URL = Pattern.compile("url:\\s*(jdbc:h2:file:\\S+)");
    private static final String DATA_DIR_PLACEHOLDER = "${PIPELINE_DATA_DIR:./data}";

    private KilledProcessCommits() {
    }

    /** The H2 file URL of the service's {@code application.yml} on the classpath, with its data folder in {@code dataDir}. */
    public static String embeddedUrl(Path dataDir) {
        try (InputStream yaml = KilledProcessCommits.class.getClassLoader().getResourceAsStream("application.yml")) {
            if (yaml == null) {
                throw new IllegalStateException("no application.yml on the classpath");
            }
            Matcher url = H2_URL.matcher(new String(yaml.readAllBytes(), StandardCharsets.UTF_8));
            if (!url.find()) {
                throw new IllegalStateException("application.yml names no H2 file database");
            }
            return url.group(1).replace(DATA_DIR_PLACEHOLDER, dataDir.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a child JVM that commits {@link #ROWS} rows to {@code url} and halts; answers how many are there after. */
    public static int rowsAfterKill(String url) throws IOException, InterruptedException, SQLException {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KilledProcessCommits.class.getName(), url)
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!child.waitFor(60, TimeUnit.SECONDS) || child.exitValue() != 0 || !output.contains("committed")) {
            throw new IllegalStateException("the child JVM did not commit its rows: " + output);
        }
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement()) {
            ResultSet tables = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"});
            boolean created = false;
            while (tables.next()) {
                created |= tables.getString("TABLE_NAME").equalsIgnoreCase("killed_process_commits");
            }
            if (!created) {
                return 0;
            }
            ResultSet count = statement.executeQuery("select count(*) from killed_process_commits");
            count.next();
            return count.getInt(1);
        }
    }

    /** The child: one committed statement per row, then a halt (no shutdown hooks, nothing closed). */
    public static void main(String[] args) throws SQLException {
        Connection connection = DriverManager.getConnection(args[0], "sa", "");
        Statement statement = connection.createStatement();
        statement.execute("create table killed_process_commits (id integer primary key)");
        for (int id = 1; id <= ROWS; id++) {
            statement.execute("insert into killed_process_commits values (" + id + ")");
        }
        System.out.println("committed " + ROWS);
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }
}
