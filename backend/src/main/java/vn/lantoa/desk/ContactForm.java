package vn.lantoa.desk;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.lantoa.platform.text.VietnameseText;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.platform.web.FieldErrors;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** A call, visit or mail the officer logs in one short form: when, who, what about, and the gist. */
@Serdeable
public record ContactForm(@Nullable String at, @Nullable String channel, @Nullable String caller, @Nullable String topic, @Nullable String summary) {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm").withResolverStyle(ResolverStyle.STRICT);
    static final Duration OLDEST = Duration.ofDays(366);

    public record Valid(Instant at, Channel channel, @Nullable String caller, Topic topic, String summary) {
    }

    static ContactForm empty(Instant now) {
        return new ContactForm(FORMAT.format(LocalDateTime.ofInstant(now, VietnamTime.ZONE)), Channel.PHONE.name(), "", "", "");
    }

    public Valid validate(FieldErrors errors, Instant now) {
        Instant when = null;
        String text = VietnameseText.blankToNull(at);
        if (text == null) {
            errors.add("at", "desk.contact.at.required");
        } else {
            try {
                when = LocalDateTime.parse(text, FORMAT).atZone(VietnamTime.ZONE).toInstant();
                if (when.isAfter(now.plus(Duration.ofMinutes(5))) || when.isBefore(now.minus(OLDEST))) {
                    errors.add("at", "desk.contact.at.outOfRange");
                }
            } catch (DateTimeParseException e) {
                errors.add("at", "desk.contact.at.invalid");
            }
        }
        Channel c = Channel.parseLogged(channel);
        if (c == null) {
            errors.add("channel", "desk.contact.channel.required");
        }
        String who = VietnameseText.blankToNull(caller);
        if (who != null && who.length() > FeedbackForm.NAME_MAX) {
            errors.add("caller", "desk.form.name.tooLong", FeedbackForm.NAME_MAX);
        }
        Topic t = Topic.parse(topic);
        if (t == null) {
            errors.add("topic", "desk.form.topic.required");
        }
        String gist = VietnameseText.multiline(summary);
        if (gist == null) {
            errors.add("summary", "desk.contact.summary.required");
        } else if (gist.length() > FeedbackForm.MESSAGE_MAX) {
            errors.add("summary", "desk.form.message.tooLong", FeedbackForm.MESSAGE_MAX, gist.length());
        }
        return errors.hasAny() ? null : new Valid(when, c, who, t, gist);
    }
}
