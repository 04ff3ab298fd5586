package vn.lantoa.press.questions;

import io.micronaut.core.annotation.Nullable;
import vn.lantoa.platform.text.VietnameseText;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Fields;

import java.time.LocalDate;

/**
 * A question as typed on the page or sent to the API, as text, checked field by field so that each mistake is named next
 * to its field. dueOn left empty means the unit's default; contactId and assigneeId are checked against the unit by
 * {@link Questions}.
 */
public record QuestionInput(@Nullable String receivedOn, @Nullable String channel, @Nullable String outletName, @Nullable String journalistName,
                            @Nullable String journalistEmail, @Nullable String contactId, @Nullable String question, @Nullable String dueOn,
                            @Nullable String assigneeId, @Nullable String version) {

    static final int NAME_MAX = 200;
    static final int TEXT_MAX = 10_000;

    /** The checked values; contactId and assigneeId still to be found in the unit; dueOn null for the unit's default. */
    record Draft(LocalDate receivedOn, QuestionChannel channel, @Nullable String outletName, @Nullable String journalistName,
                 @Nullable String journalistEmail, @Nullable Long contactId, String question, @Nullable LocalDate dueOn, @Nullable Long assigneeId) {
    }

    static QuestionInput empty(LocalDate today) {
        return new QuestionInput(vn.lantoa.platform.time.VietnamTime.date(today), QuestionChannel.EMAIL.name(), "", "", "", "", "", "", "", null);
    }

    QuestionInput orBlank() {
        return new QuestionInput(b(receivedOn), b(channel), b(outletName), b(journalistName), b(journalistEmail), b(contactId), b(question), b(dueOn),
                b(assigneeId), b(version));
    }

    private static String b(String s) {
        return s == null ? "" : s;
    }

    /** The draft, or null with the errors added. Outlet and journalist may come from the chosen contact, so they are checked later. */
    Draft validate(FieldErrors errors, LocalDate today) {
        LocalDate received = null;
        if (VietnameseText.blankToNull(receivedOn) == null) {
            errors.add("receivedOn", "press.q.receivedOn.required");
        } else {
            received = Fields.date(errors, "receivedOn", receivedOn);
            if (received != null && received.isAfter(today)) {
                errors.add("receivedOn", "press.q.receivedOn.future");
            } else if (received != null && received.getYear() < 2000) {
                errors.add("receivedOn", "field.date.invalid");
            }
        }
        QuestionChannel ch = QuestionChannel.parse(channel);
        if (ch == null) {
            errors.add("channel", "press.q.channel.required");
        }
        String outlet = Fields.text(errors, "outletName", outletName, NAME_MAX, null);
        String journalist = Fields.text(errors, "journalistName", journalistName, NAME_MAX, null);
        String email = Fields.email(errors, "journalistEmail", journalistEmail, null);
        Long contact = id(errors, "contactId", contactId);
        String q = Fields.multiline(errors, "question", question, TEXT_MAX);
        if (q == null) {
            errors.add("question", "press.q.question.required");
        }
        LocalDate due = Fields.date(errors, "dueOn", dueOn);
        if (due != null && received != null && due.isBefore(received)) {
            errors.add("dueOn", "press.q.dueOn.beforeReceived");
        } else if (due != null && due.getYear() > 2999) {
            errors.add("dueOn", "field.date.invalid");
        }
        Long assignee = id(errors, "assigneeId", assigneeId);
        if (errors.hasAny()) {
            return null;
        }
        return new Draft(received, ch, outlet, journalist, email, contact, q, due, assignee);
    }

    private static Long id(FieldErrors errors, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            errors.add(field, "press.q." + field + ".invalid");
            return null;
        }
    }
}
