package vn.lantoa.testing;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Which operations of the API document, and which of their documented statuses, the tests of this run reached (every
 * answer passes through {@link ApiContract}). Written to target/api-coverage.txt at the end of a run, so that an
 * operation no test calls shows up as such.
 */
public final class ApiCoverage implements TestExecutionListener {

    private static final Set<String> SEEN = ConcurrentHashMap.newKeySet();

    static void saw(String method, String path, int status) {
        SEEN.add(method.toLowerCase() + " " + path + " " + status);
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (SEEN.isEmpty()) {
            return;
        }
        Path root = Path.of(System.getProperty("lantoa.repo.root", ".."));
        Path doc = root.resolve("infra/openapi/lantoa-api.yml");
        if (!Files.exists(doc)) {
            return;
        }
        try {
            Map<String, Object> document = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(doc, StandardCharsets.UTF_8));
            List<String> report = report(document);
            Files.write(root.resolve("backend/target/api-coverage.txt"), report, StandardCharsets.UTF_8);
            System.out.println("[api-coverage] " + report.get(0) + " (backend/target/api-coverage.txt)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> report(Map<String, Object> document) {
        Set<String> uncalled = new TreeSet<>();
        Set<String> unreached = new TreeSet<>();
        int operations = 0;
        int statuses = 0;
        for (Map.Entry<String, Object> path : ((Map<String, Object>) document.get("paths")).entrySet()) {
            Pattern template = Pattern.compile(Pattern.quote(path.getKey()).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q"));
            for (Map.Entry<String, Object> op : ((Map<String, Object>) path.getValue()).entrySet()) {
                if (!(op.getValue() instanceof Map<?, ?> operation) || !(operation.get("responses") instanceof Map<?, ?> responses)) {
                    continue;
                }
                operations++;
                String method = op.getKey();
                List<String> hits = SEEN.stream().filter(s -> s.startsWith(method + " ")).filter(s -> template.matcher(s.split(" ")[1]).matches()).toList();
                if (hits.isEmpty()) {
                    uncalled.add(operation.get("operationId") + " (" + method.toUpperCase() + " " + path.getKey() + ")");
                }
                for (Object status : responses.keySet()) {
                    statuses++;
                    if (hits.stream().noneMatch(h -> h.endsWith(" " + status))) {
                        unreached.add(operation.get("operationId") + " " + status);
                    }
                }
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add((operations - uncalled.size()) + " of " + operations + " operations called, " + (statuses - unreached.size()) + " of " + statuses
                + " documented statuses reached");
        lines.add("");
        lines.add("Operations no test called:");
        lines.addAll(uncalled);
        lines.add("");
        lines.add("Documented statuses no test reached:");
        lines.addAll(unreached);
        return lines;
    }
}
