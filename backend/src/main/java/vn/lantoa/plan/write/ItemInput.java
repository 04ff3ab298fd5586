package vn.lantoa.plan.write;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.lantoa.plan.ProductForm;
import vn.lantoa.plan.Quarters;
import vn.lantoa.platform.text.VietnameseText;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Fields;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An appendix item as typed, checked field by field so each mistake is named next to its field. Whether the chosen
 * units, the parent item and the topics may be chosen is the writer's check (it knows the tree and the basis plan).
 */
@Serdeable
public record ItemInput(@Nullable String groupId, @Nullable String topic, @Nullable String productForm, @Nullable String productNote,
                        @Nullable String leadUnitId, @Nullable String leadText, @Nullable List<String> partnerIds, @Nullable String partnerText,
                        boolean appliesBelow, @Nullable List<String> quarters, @Nullable String startsOn, @Nullable String endsOn,
                        @Nullable String budget, @Nullable String budgetSource, @Nullable String parentItemId, @Nullable List<String> topicIds,
                        @Nullable String version) {

    static final int TOPIC_MAX = 1000;
    static final int CHOSEN_MAX = 100;
    /** A thousand billion đồng: more is a typing mistake. */
    static final long BUDGET_MAX = 1_000_000_000_000L;

    record Draft(long groupId, String topic, ProductForm form, @Nullable String productNote, @Nullable Long leadUnitId, @Nullable String leadText,
                 Set<Long> partnerIds, @Nullable String partnerText, boolean appliesBelow, int quarters, @Nullable LocalDate startsOn,
                 @Nullable LocalDate endsOn, @Nullable Long budgetVnd, @Nullable String budgetSource, @Nullable Long parentItemId, Set<Long> topicIds) {
    }

    static ItemInput empty(long groupId) {
        return new ItemInput(String.valueOf(groupId), "", ProductForm.NEWS.name(), "", "", "", List.of(), "", false, List.of(), "", "", "", "", "",
                List.of(), null);
    }

    ItemInput orBlank() {
        return new ItemInput(b(groupId), b(topic), b(productForm), b(productNote), b(leadUnitId), b(leadText), l(partnerIds), b(partnerText),
                appliesBelow, l(quarters), b(startsOn), b(endsOn), b(budget), b(budgetSource), b(parentItemId), l(topicIds), b(version));
    }

    public boolean chosen(String field, long id) {
        List<String> list = switch (field) {
            case "partnerIds" -> partnerIds;
            case "topicIds" -> topicIds;
            default -> quarters;
        };
        return list != null && list.contains(String.valueOf(id));
    }

    /** The draft, or null with the errors added. */
    Draft validate(FieldErrors errors) {
        Long group = id(errors, "groupId", groupId);
        if (group == null && !errors.has("groupId")) {
            errors.add("groupId", "planWrite.item.group.required");
        }
        String t = Fields.text(errors, "topic", topic, TOPIC_MAX, "planWrite.item.topic.required");
        ProductForm form = ProductForm.parse(productForm);
        if (form == null) {
            errors.add("productForm", "planWrite.item.form.required");
        }
        String note = Fields.text(errors, "productNote", productNote, 300, null);
        Long lead = id(errors, "leadUnitId", leadUnitId);
        String leadWords = Fields.text(errors, "leadText", leadText, 300, null);
        if (lead == null && leadWords == null && !errors.has("leadUnitId")) {
            errors.add("leadUnitId", "planWrite.item.lead.required");
        }
        Set<Long> partners = ids(errors, "partnerIds", partnerIds);
        String partnerWords = Fields.text(errors, "partnerText", partnerText, 500, null);
        int mask = quarters(errors);
        LocalDate from = year(errors, "startsOn", Fields.date(errors, "startsOn", startsOn));
        LocalDate to = year(errors, "endsOn", Fields.date(errors, "endsOn", endsOn));
        if (mask == 0 && from == null && to == null && !errors.has("startsOn") && !errors.has("endsOn") && !errors.has("quarters")) {
            errors.add("quarters", "planWrite.item.time.required");
        }
        if (from != null && to != null && to.isBefore(from)) {
            errors.add("endsOn", "planWrite.item.end.beforeStart");
        }
        Long money = budget(errors);
        String source = Fields.text(errors, "budgetSource", budgetSource, 200, null);
        Long parent = id(errors, "parentItemId", parentItemId);
        Set<Long> topics = ids(errors, "topicIds", topicIds);
        if (errors.hasAny()) {
            return null;
        }
        return new Draft(group, t, form, note, lead, lead == null ? leadWords : null, partners, partnerWords, appliesBelow, mask, from, to, money,
                source, parent, topics);
    }

    private int quarters(FieldErrors errors) {
        Set<Integer> qs = new LinkedHashSet<>();
        for (String q : l(quarters)) {
            String v = q == null ? "" : q.strip();
            if (!v.matches("^[1-4]$")) {
                errors.add("quarters", "planWrite.item.quarters.invalid");
                return 0;
            }
            qs.add(Integer.parseInt(v));
        }
        return Quarters.mask(qs);
    }

    /** VND, typed as people write it: "15.000.000", "15 000 000" or "15000000"; never negative, never words. */
    private Long budget(FieldErrors errors) {
        String v = VietnameseText.blankToNull(budget);
        if (v == null) {
            return null;
        }
        String digits = v.replaceAll("[.,\\s]", "").replaceFirst("(?i)(đ|vnđ|vnd|đồng)$", "");
        if (!digits.matches("^[0-9]{1,13}$") || Long.parseLong(digits) > BUDGET_MAX) {
            errors.add("budget", "planWrite.item.budget.invalid");
            return null;
        }
        return Long.parseLong(digits);
    }

    private static LocalDate year(FieldErrors errors, String field, LocalDate date) {
        if (date != null && (date.getYear() < 2000 || date.getYear() > 2999)) {
            errors.add(field, "field.date.invalid");
            return null;
        }
        return date;
    }

    private static Long id(FieldErrors errors, String field, String value) {
        String v = VietnameseText.blankToNull(value);
        if (v == null) {
            return null;
        }
        if (!v.matches("^[0-9]{1,18}$")) {
            errors.add(field, "planWrite.choice.invalid");
            return null;
        }
        return Long.parseLong(v);
    }

    private static Set<Long> ids(FieldErrors errors, String field, List<String> values) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String v : l(values)) {
            if (v == null || v.isBlank()) {
                continue;
            }
            if (!v.strip().matches("^[0-9]{1,18}$")) {
                errors.add(field, "planWrite.choice.invalid");
                return Set.of();
            }
            ids.add(Long.parseLong(v.strip()));
        }
        if (ids.size() > CHOSEN_MAX) {
            errors.add(field, "planWrite.choice.tooMany", CHOSEN_MAX);
        }
        return ids;
    }

    private static String b(String s) {
        return s == null ? "" : s;
    }

    private static List<String> l(List<String> list) {
        return list == null ? List.of() : list;
    }
}
