package vn.lantoa.platform.upgrade;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule for a migration that ships while the previous release still runs (infra/UPGRADES.md): it may only expand.
 * Dropping or renaming a table or column, changing a column with CHANGE, and a NOT NULL column without a DEFAULT
 * (added, or made so by MODIFY from a nullable column) break the previous release's statements or its inserts. They are
 * allowed only in a contract step: a file with a {@code -- contract: <release>} line, and only on objects that no
 * statement of the previous release's snapshot names any more.
 */
final class ExpandOnly {

    private static final Pattern CONTRACT = Pattern.compile("(?m)^\\s*--\\s*contract:\\s*\\S+");
    private static final Pattern LINE_COMMENT = Pattern.compile("(?m)--.*$");
    private static final Pattern BLOCK_COMMENT = Pattern.compile("(?s)/\\*.*?\\*/");
    private static final Pattern ALTER = Pattern.compile("(?is)^ALTER\\s+(?:ONLINE\\s+|IGNORE\\s+)*TABLE\\s+(?:IF\\s+EXISTS\\s+)?`?(\\w+)`?\\s+(.*)$");
    private static final Pattern DROP_TABLE = Pattern.compile("(?is)^DROP\\s+(?:TEMPORARY\\s+)?TABLE\\s+(?:IF\\s+EXISTS\\s+)?(.+)$");
    private static final Pattern RENAME_TABLE = Pattern.compile("(?is)^RENAME\\s+TABLE\\s+`?(\\w+)`?\\s+TO\\s+.*$");
    private static final Pattern DROP_COLUMN = Pattern.compile("(?is)^DROP\\s+(?!INDEX\\b|KEY\\b|FOREIGN\\b|PRIMARY\\b|CONSTRAINT\\b|CHECK\\b|PARTITION\\b)(?:COLUMN\\s+)?(?:IF\\s+EXISTS\\s+)?`?(\\w+)`?.*$");
    private static final Pattern RENAME_COLUMN = Pattern.compile("(?is)^RENAME\\s+COLUMN\\s+`?(\\w+)`?\\s+TO.*$");
    private static final Pattern RENAME_TO = Pattern.compile("(?is)^RENAME\\s+(?:TO|AS)\\s+.*$");
    private static final Pattern CHANGE = Pattern.compile("(?is)^CHANGE\\s+(?:COLUMN\\s+)?(?:IF\\s+EXISTS\\s+)?`?(\\w+)`?\\s+.*$");
    private static final Pattern MODIFY = Pattern.compile("(?is)^MODIFY\\s+(?:COLUMN\\s+)?(?:IF\\s+EXISTS\\s+)?`?(\\w+)`?\\s+(.*)$");
    private static final Pattern ADD = Pattern.compile("(?is)^ADD\\s+(?!INDEX\\b|KEY\\b|UNIQUE\\b|PRIMARY\\b|FOREIGN\\b|CONSTRAINT\\b|FULLTEXT\\b|SPATIAL\\b|CHECK\\b|PARTITION\\b)(?:COLUMN\\s+)?(?:IF\\s+NOT\\s+EXISTS\\s+)?`?(\\w+)`?\\s+(.*)$");
    private static final Pattern NOT_NULL = Pattern.compile("(?i)\\bNOT\\s+NULL\\b");
    private static final Pattern HAS_VALUE = Pattern.compile("(?i)\\b(DEFAULT|AUTO_INCREMENT|GENERATED|AS)\\b");

    private ExpandOnly() {
    }

    /**
     * What in the migration breaks the previous release, one sentence each; empty when it only expands.
     *
     * @param nullableBefore whether (table, column) is nullable in the schema the migration is applied to
     */
    static List<String> violations(String name, String text, List<ReleaseQueries.Statement> previous,
                                   BiPredicate<String, String> nullableBefore) {
        boolean contract = CONTRACT.matcher(text).find();
        List<String> found = new ArrayList<>();
        for (String statement : statements(text)) {
            for (Change change : changes(statement, nullableBefore)) {
                String usedBy = usedBy(change, previous);
                if (!contract) {
                    found.add(name + ": " + change.what + " is a contract step: it must wait for the release after the one "
                            + "that stops using it, in a file marked '-- contract: <release>'");
                } else if (usedBy != null) {
                    found.add(name + ": " + change.what + " is marked as a contract step, but the previous release still uses it ("
                            + usedBy + ")");
                }
            }
        }
        return found;
    }

    private record Change(String what, String table, String column) {
    }

    private static List<Change> changes(String statement, BiPredicate<String, String> nullableBefore) {
        List<Change> changes = new ArrayList<>();
        Matcher m;
        if ((m = DROP_TABLE.matcher(statement)).matches()) {
            for (String table : m.group(1).split(",")) {
                String t = table.replace("`", "").trim().split("\\s+")[0];
                changes.add(new Change("DROP TABLE " + t, t, null));
            }
        } else if ((m = RENAME_TABLE.matcher(statement)).matches()) {
            changes.add(new Change("RENAME TABLE " + m.group(1), m.group(1), null));
        } else if ((m = ALTER.matcher(statement)).matches()) {
            String table = m.group(1);
            for (String clause : clauses(m.group(2))) {
                Matcher c;
                if ((c = DROP_COLUMN.matcher(clause)).matches()) {
                    changes.add(new Change("dropping column " + table + "." + c.group(1), table, c.group(1)));
                } else if ((c = RENAME_COLUMN.matcher(clause)).matches()) {
                    changes.add(new Change("renaming column " + table + "." + c.group(1), table, c.group(1)));
                } else if (RENAME_TO.matcher(clause).matches()) {
                    changes.add(new Change("renaming table " + table, table, null));
                } else if ((c = CHANGE.matcher(clause)).matches()) {
                    changes.add(new Change("CHANGE COLUMN " + table + "." + c.group(1), table, c.group(1)));
                } else if ((c = MODIFY.matcher(clause)).matches() && notNullWithoutValue(c.group(2))
                        && nullableBefore.test(table, c.group(1))) {
                    changes.add(new Change("making " + table + "." + c.group(1) + " NOT NULL without a DEFAULT", table, c.group(1)));
                } else if ((c = ADD.matcher(clause)).matches() && notNullWithoutValue(c.group(2))) {
                    changes.add(new Change("adding " + table + "." + c.group(1) + " NOT NULL without a DEFAULT (the previous release's inserts leave it out)",
                            table, c.group(1)));
                }
            }
        }
        return changes;
    }

    private static boolean notNullWithoutValue(String definition) {
        return NOT_NULL.matcher(definition).find() && !HAS_VALUE.matcher(definition).find();
    }

    /** The first statement of the previous release that names the table (and the column), or null. */
    private static String usedBy(Change change, List<ReleaseQueries.Statement> previous) {
        Pattern table = word(change.table);
        Pattern column = change.column == null ? null : word(change.column);
        for (ReleaseQueries.Statement s : previous) {
            if (table.matcher(s.sql()).find() && (column == null || column.matcher(s.sql()).find())) {
                return s.key();
            }
        }
        return null;
    }

    private static Pattern word(String name) {
        return Pattern.compile("(?i)(?<![\\w$])" + Pattern.quote(name) + "(?![\\w$])");
    }

    /** The statements of a migration, comments removed, split at semicolons outside quotes. */
    static List<String> statements(String text) {
        String sql = LINE_COMMENT.matcher(BLOCK_COMMENT.matcher(text).replaceAll(" ")).replaceAll("");
        return split(sql, ';').stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** The clauses of an ALTER TABLE, split at commas outside parentheses and quotes. */
    private static List<String> clauses(String body) {
        return split(body, ',').stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> split(String text, char at) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        int depth = 0;
        char quote = 0;
        for (char ch : text.toCharArray()) {
            if (quote != 0) {
                if (ch == quote) {
                    quote = 0;
                }
            } else if (ch == '\'' || ch == '"' || ch == '`') {
                quote = ch;
            } else if (ch == '(') {
                depth++;
            } else if (ch == ')') {
                depth--;
            } else if (ch == at && depth == 0) {
                parts.add(part.toString());
                part.setLength(0);
                continue;
            }
            part.append(ch);
        }
        parts.add(part.toString());
        return parts;
    }
}
