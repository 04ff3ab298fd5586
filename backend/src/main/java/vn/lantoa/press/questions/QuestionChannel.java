package vn.lantoa.press.questions;

/** How the question reached the unit: email, telephone, an official letter (công văn), in person, or social media. */
public enum QuestionChannel {
    EMAIL, PHONE, LETTER, IN_PERSON, SOCIAL_MEDIA;

    public String labelKey() {
        return "press.q.channel." + name();
    }

    static QuestionChannel parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
