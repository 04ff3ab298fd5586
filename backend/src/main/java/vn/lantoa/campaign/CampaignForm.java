package vn.lantoa.campaign;

import vn.lantoa.platform.text.Slugs;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.sharing.Audience;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The campaign form as typed. Chosen units and library files come as fields named "unit.{id}" and "material.{id}"
 * (a multipart body binds one part per name, so a checkbox list cannot share one name).
 */
public record CampaignForm(String name, String categoryName, String categorySlug, String audience, Set<Long> chosenUnits, String startsOn, String endsOn,
                    String keyMessages, String bannerAlt, Set<Long> materials) {

    static final String CHOSEN = "CHOSEN";
    static final int MAX_MESSAGES = 10;
    static final int MAX_MESSAGE = 300;

    static CampaignForm blank() {
        return new CampaignForm("", "", "", "ALL", Set.of(), "", "", "", "", Set.of());
    }

    static CampaignForm of(Campaign c, Set<Long> materials) {
        return new CampaignForm(c.name(), c.categoryName(), c.categorySlug(), "", Set.of(), VietnamTime.date(c.startsOn()), VietnamTime.date(c.endsOn()),
                c.keyMessages() == null ? "" : c.keyMessages(), c.bannerAlt() == null ? "" : c.bannerAlt(), materials);
    }

    static CampaignForm from(Map<String, String> fields) {
        return new CampaignForm(text(fields, "name"), text(fields, "categoryName"), text(fields, "categorySlug"), text(fields, "audience"),
                ids(fields, "unit."), text(fields, "startsOn"), text(fields, "endsOn"), text(fields, "keyMessages"), text(fields, "bannerAlt"),
                ids(fields, "material."));
    }

    /** What the form asks for once checked: the targets are still to be found, from {@code audience} or {@code chosenUnits}. */
    record Valid(String name, String categoryName, String categorySlug, Audience audience, Set<Long> chosenUnits, LocalDate startsOn, LocalDate endsOn,
                 String keyMessages, String bannerAlt, Set<Long> materials) {
    }

    /** Checks everything; {@code launching} also checks the category and the targets, which an edit adds to but cannot change. */
    Valid validate(boolean launching, boolean hasBanner) {
        FieldErrors errors = new FieldErrors();
        String n = name.strip();
        if (n.isEmpty()) {
            errors.add("name", "campaign.name.required");
        } else if (n.length() > 200) {
            errors.add("name", "campaign.name.tooLong", 200);
        }
        String cat = categoryName.isBlank() ? n : categoryName.strip();
        if (cat.length() > 200) {
            errors.add("categoryName", "campaign.name.tooLong", 200);
        }
        String slug = categorySlug.isBlank() ? Slugs.slugify(cat) : categorySlug.strip();
        if (launching && !cat.isEmpty() && !Slugs.isValid(slug)) {
            errors.add("categorySlug", "campaign.slug.invalid");
        }
        Audience parsed = null;
        if (launching || !audience.isBlank()) {
            if (CHOSEN.equals(audience)) {
                if (chosenUnits.isEmpty()) {
                    errors.add("audience", "campaign.audience.noneChosen");
                }
            } else {
                parsed = Audience.parse(audience);
                if (parsed == null && launching) {
                    errors.add("audience", "campaign.audience.required");
                }
            }
        }
        LocalDate start = date(startsOn, "startsOn", errors);
        LocalDate end = date(endsOn, "endsOn", errors);
        if (start != null && end != null && end.isBefore(start)) {
            errors.add("endsOn", "campaign.endsOn.beforeStart");
        }
        var messages = Campaign.lines(keyMessages);
        if (messages.size() > MAX_MESSAGES) {
            errors.add("keyMessages", "campaign.messages.tooMany", MAX_MESSAGES);
        } else if (messages.stream().anyMatch(m -> m.length() > MAX_MESSAGE)) {
            errors.add("keyMessages", "campaign.messages.tooLong", MAX_MESSAGE);
        }
        String alt = bannerAlt.strip();
        if (alt.length() > 300) {
            errors.add("bannerAlt", "campaign.bannerAlt.tooLong", 300);
        } else if (hasBanner && alt.isEmpty()) {
            errors.add("bannerAlt", "campaign.bannerAlt.required");
        }
        if (errors.hasAny()) {
            throw new UserInputException(errors);
        }
        return new Valid(n, cat, slug, parsed, CHOSEN.equals(audience) ? chosenUnits : Set.of(), start, end, String.join("\n", messages), alt, materials);
    }

    public boolean chosen(long unitId) {
        return chosenUnits.contains(unitId);
    }

    public boolean material(long fileId) {
        return materials.contains(fileId);
    }

    private static LocalDate date(String value, String field, FieldErrors errors) {
        if (value.isBlank()) {
            errors.add(field, "campaign.date.required");
            return null;
        }
        LocalDate parsed = VietnamTime.parseDate(value);
        if (parsed == null || parsed.getYear() < 2000 || parsed.getYear() > 2100) {
            errors.add(field, "campaign.date.invalid");
            return null;
        }
        return parsed;
    }

    private static String text(Map<String, String> fields, String name) {
        String v = fields.get(name);
        return v == null ? "" : v;
    }

    private static Set<Long> ids(Map<String, String> fields, String prefix) {
        Set<Long> ids = new TreeSet<>();
        fields.keySet().stream().filter(k -> k.startsWith(prefix)).map(k -> k.substring(prefix.length()))
                .filter(s -> s.matches("\\d{1,18}")).limit(10_000).forEach(s -> ids.add(Long.valueOf(s)));
        return ids;
    }
}
