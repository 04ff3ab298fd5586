package vn.lantoa.press.incidents;

import vn.lantoa.press.IncidentType;

import vn.lantoa.platform.text.VietnameseText;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Fields;

import java.util.ArrayList;
import java.util.List;

/**
 * A playbook as typed: steps one a line "what | who | hours after the first alert", people to call one a line
 * "name | role | phone". One textarea each keeps the form usable on a phone and pastes from a Word procedure.
 */
public record PlaybookInput(String type, String title, String steps, String calls, String draftStatement, String version) {

    static final int MAX_LINES = 60;
    /** A step's deadline at most a month after the first alert. */
    static final int MAX_HOURS = 720;

    record Draft(IncidentType type, String title, List<Playbook.Step> steps, List<Playbook.Call> calls, String draftStatement) {
    }

    Draft validate(FieldErrors errors) {
        IncidentType t = IncidentType.parse(type);
        if (t == null) {
            errors.add("type", "press.incident.type.required");
        }
        String name = Fields.text(errors, "title", title, 300, "press.playbook.title.required");
        List<Playbook.Step> s = new ArrayList<>();
        List<String> stepLines = lines(steps);
        if (stepLines.isEmpty()) {
            errors.add("steps", "press.playbook.steps.required");
        }
        for (int i = 0; i < stepLines.size() && !errors.has("steps"); i++) {
            String[] p = stepLines.get(i).split("\\|", -1);
            Integer hours = p.length == 3 ? hours(p[2]) : null;
            if (p.length != 3 || p[0].isBlank() || hours == null || p[0].strip().length() > 300 || p[1].strip().length() > 200) {
                errors.add("steps", "press.playbook.steps.invalid", i + 1);
            } else {
                s.add(new Playbook.Step(p[0].strip(), VietnameseText.blankToNull(p[1]), hours));
            }
        }
        List<Playbook.Call> c = new ArrayList<>();
        List<String> callLines = lines(calls);
        for (int i = 0; i < callLines.size() && !errors.has("calls"); i++) {
            String[] p = callLines.get(i).split("\\|", -1);
            if (p.length != 3 || p[0].isBlank() || p[0].strip().length() > 300 || p[1].strip().length() > 200 || p[2].strip().length() > 30
                    || !p[2].strip().matches("[0-9 +().-]{0,30}")) {
                errors.add("calls", "press.playbook.calls.invalid", i + 1);
            } else {
                c.add(new Playbook.Call(p[0].strip(), VietnameseText.blankToNull(p[1]), VietnameseText.blankToNull(p[2])));
            }
        }
        if (stepLines.size() > MAX_LINES) {
            errors.add("steps", "field.tooLong", MAX_LINES);
        }
        if (callLines.size() > MAX_LINES) {
            errors.add("calls", "field.tooLong", MAX_LINES);
        }
        String statement = Fields.multiline(errors, "draftStatement", draftStatement, 10_000);
        return errors.hasAny() ? null : new Draft(t, name, s, c, statement);
    }

    static PlaybookInput of(Playbook p) {
        StringBuilder s = new StringBuilder();
        p.steps().forEach(x -> s.append(x.title()).append(" | ").append(x.who() == null ? "" : x.who()).append(" | ").append(x.hours()).append('\n'));
        StringBuilder c = new StringBuilder();
        p.calls().forEach(x -> c.append(x.name()).append(" | ").append(x.role() == null ? "" : x.role()).append(" | ")
                .append(x.phone() == null ? "" : x.phone()).append('\n'));
        return new PlaybookInput(p.type().name(), p.title(), s.toString(), c.toString(), p.draftStatement(), String.valueOf(p.version()));
    }

    private static Integer hours(String text) {
        try {
            int h = Integer.parseInt(text.strip());
            return h < 0 || h > MAX_HOURS ? null : h;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<String> lines(String text) {
        String clean = VietnameseText.multiline(text);
        if (clean == null) {
            return List.of();
        }
        return clean.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
