package vn.lantoa.desk.qa;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.lantoa.desk.Topic;
import vn.lantoa.platform.text.VietnameseText;
import vn.lantoa.platform.web.FieldErrors;

/** What the head reviews and edits before publishing: the topic, the question and the answer as the public will read them. */
@Serdeable
public record QaForm(@Nullable String topic, @Nullable String question, @Nullable String answer, @Nullable String action) {

    static final int QUESTION_MAX = 5000;
    static final int ANSWER_MAX = 10_000;

    record Valid(Topic topic, String question, String answer) {
    }

    boolean publishNow() {
        return "publish".equals(action);
    }

    Valid validate(FieldErrors errors) {
        Topic t = null;
        for (Topic candidate : Topic.values()) {
            if (candidate.name().equals(topic)) {
                t = candidate;
            }
        }
        if (t == null) {
            errors.add("topic", "desk.form.topic.required");
        }
        String q = VietnameseText.multiline(question);
        if (q == null) {
            errors.add("question", "desk.qa.question.required");
        } else if (q.length() > QUESTION_MAX) {
            errors.add("question", "desk.form.message.tooLong", QUESTION_MAX, q.length());
        }
        String a = VietnameseText.multiline(answer);
        if (a == null) {
            errors.add("answer", "desk.qa.answer.required");
        } else if (a.length() > ANSWER_MAX) {
            errors.add("answer", "desk.text.tooLong", ANSWER_MAX, a.length());
        }
        return errors.hasAny() ? null : new Valid(t, q, a);
    }
}
