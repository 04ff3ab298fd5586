package vn.lantoa.desk;

import io.micronaut.core.annotation.Nullable;
import io.netty.handler.codec.http.QueryStringDecoder;
import vn.lantoa.platform.text.Emails;
import vn.lantoa.platform.text.Phones;
import vn.lantoa.platform.text.VietnameseText;
import vn.lantoa.platform.web.FieldErrors;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * What a citizen types into "Gửi phản ánh, kiến nghị". {@code website} is the honeypot: hidden from people, filled in
 * by the robots that fill in every field.
 */
public record FeedbackForm(@Nullable String topic, @Nullable String school, @Nullable String message, @Nullable String name,
                           @Nullable String phone, @Nullable String email, @Nullable String consent, @Nullable String website) {

    static final int MESSAGE_MIN = 10;
    static final int MESSAGE_MAX = 5000;
    static final int NAME_MAX = 200;

    /** A submission that passed validation, cleaned. */
    record Valid(Topic topic, @Nullable Long concernedUnitId, String message, @Nullable String name, @Nullable String phone,
                 @Nullable String email) {
    }

    /**
     * The form as the page posts it (url-encoded), read from the raw body: Micronaut's binding of a form to a record
     * (form decoder, a map, a JSON tree, then the record) was a tenth of a submission's CPU on an exam-day rush. Each
     * field's first value counts; a body that cannot be decoded reads as empty, so the page says what is missing.
     */
    static FeedbackForm parse(@Nullable String body) {
        Map<String, List<String>> fields;
        try {
            fields = new QueryStringDecoder(body == null ? "" : body, StandardCharsets.UTF_8, false, 100).parameters();
        } catch (IllegalArgumentException e) {
            fields = Map.of();
        }
        return new FeedbackForm(first(fields, "topic"), first(fields, "school"), first(fields, "message"), first(fields, "name"),
                first(fields, "phone"), first(fields, "email"), first(fields, "consent"), first(fields, "website"));
    }

    private static String first(Map<String, List<String>> fields, String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    static FeedbackForm empty() {
        return new FeedbackForm("", "", "", "", "", "", null, "");
    }

    boolean honeypotFilled() {
        return website != null && !website.isBlank();
    }

    /** The cleaned submission, or null with the errors next to their fields. schools: the ids a case may concern. */
    Valid validate(FieldErrors errors, java.util.function.LongPredicate schools) {
        Topic t = Topic.parse(topic);
        if (t == null) {
            errors.add("topic", "desk.form.topic.required");
        }
        Long concerned = null;
        String schoolText = VietnameseText.blankToNull(school);
        if (schoolText != null) {
            try {
                concerned = Long.parseLong(schoolText);
            } catch (NumberFormatException e) {
                concerned = -1L;
            }
            if (concerned < 0 || !schools.test(concerned)) {
                errors.add("school", "desk.form.school.invalid");
            }
        }
        String text = VietnameseText.multiline(message);
        if (text == null) {
            errors.add("message", "desk.form.message.required");
        } else if (text.length() < MESSAGE_MIN) {
            errors.add("message", "desk.form.message.tooShort", MESSAGE_MIN);
        } else if (text.length() > MESSAGE_MAX) {
            errors.add("message", "desk.form.message.tooLong", MESSAGE_MAX, text.length());
        }
        String who = VietnameseText.blankToNull(name);
        if (who != null && who.length() > NAME_MAX) {
            errors.add("name", "desk.form.name.tooLong", NAME_MAX);
        }
        String tel = VietnameseText.blankToNull(phone);
        if (tel != null && (tel.length() > 30 || !Phones.isValid(tel))) {
            errors.add("phone", "desk.form.phone.invalid");
        }
        String mail = VietnameseText.blankToNull(email);
        if (mail != null) {
            mail = Emails.normalize(mail);
            if (mail.length() > 254 || !Emails.isValid(mail)) {
                errors.add("email", "desk.form.email.invalid");
            }
        }
        if (consent == null || consent.isBlank()) {
            errors.add("consent", "desk.form.consent.required");
        }
        return errors.hasAny() ? null : new Valid(t, concerned, text, who, tel, mail);
    }
}
