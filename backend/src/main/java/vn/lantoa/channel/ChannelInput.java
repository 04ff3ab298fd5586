package vn.lantoa.channel;

import io.micronaut.core.annotation.Nullable;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Fields;

/** A channel as typed in the form. */
public record ChannelInput(@Nullable String kind, @Nullable String name, @Nullable String address, @Nullable String personUserId,
                    @Nullable String personName, @Nullable String phone, @Nullable String sortOrder, @Nullable String active,
                    @Nullable String version) {

    static final int NAME_MAX = 200;

    /** What is saved: the person is a member (personUserId) or a name, never both. */
    public record Draft(ChannelKind kind, String name, String address, @Nullable Long personUserId, @Nullable String personName, @Nullable String phone,
                 @Nullable Integer sortOrder, boolean active) {
    }

    static ChannelInput empty() {
        return new ChannelInput(ChannelKind.FACEBOOK.name(), "", "", "", "", "", "", "true", null);
    }

    static ChannelInput of(Channel c) {
        return new ChannelInput(c.kind().name(), c.name(), c.address(), c.personUserId() == null ? "" : c.personUserId().toString(),
                b(c.personName()), b(c.phone()), String.valueOf(c.sortOrder()), String.valueOf(c.active()), String.valueOf(c.version()));
    }

    ChannelInput orBlank() {
        return new ChannelInput(b(kind), b(name), b(address), b(personUserId), b(personName), b(phone), b(sortOrder), b(active), b(version));
    }

    public boolean isActive() {
        return "true".equals(active) || "on".equals(active);
    }

    private static String b(String s) {
        return s == null ? "" : s;
    }

    Draft validate(FieldErrors errors) {
        ChannelKind k = ChannelKind.parse(kind);
        if (k == null) {
            errors.add("kind", "channel.kind.required");
        }
        String n = Fields.text(errors, "name", name, NAME_MAX, "channel.name.required");
        ChannelAddress.Checked a = ChannelAddress.check(k, address);
        if (a.error() != null) {
            errors.add("address", a.error());
        }
        Long person = null;
        if (personUserId != null && !personUserId.isBlank()) {
            try {
                person = Long.parseLong(personUserId.strip());
            } catch (NumberFormatException e) {
                errors.add("personUserId", "channel.person.notMember");
            }
        }
        String typedPerson = Fields.text(errors, "personName", personName, NAME_MAX, null);
        String p = Fields.phone(errors, "phone", phone);
        Integer order = null;
        if (sortOrder != null && !sortOrder.isBlank()) {
            try {
                order = Integer.parseInt(sortOrder.strip());
                if (order < 0 || order > 9999) {
                    errors.add("sortOrder", "channel.sortOrder.invalid");
                }
            } catch (NumberFormatException e) {
                errors.add("sortOrder", "channel.sortOrder.invalid");
            }
        }
        return errors.hasAny() ? null : new Draft(k, n, a.address(), person, person == null ? typedPerson : null, p, order, isActive());
    }
}
