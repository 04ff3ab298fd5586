package vn.lantoa.channel;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lantoa.audit.AuditLog;
import vn.lantoa.platform.publication.PublicChanges;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.StaleVersionException;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.MembershipRepository;
import vn.lantoa.tenancy.UnitRef;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writing a unit's channels. The public site shows them, and the sites below print the unit's main channel on their
 * posters: every change drops the cached pages of the unit (and so of the sites below, which depend on it).
 */
@Singleton
public class Channels {

    private final ChannelRepository channels;
    private final MembershipRepository memberships;
    private final AuditLog audit;
    private final PublicChanges publicChanges;
    private final Clock clock;

    Channels(ChannelRepository channels, MembershipRepository memberships, AuditLog audit, PublicChanges publicChanges, Clock clock) {
        this.channels = channels;
        this.memberships = memberships;
        this.audit = audit;
        this.publicChanges = publicChanges;
        this.clock = clock;
    }

    /** The form's values checked: the person in charge, when picked from the list, must hold a role in the unit. */
    ChannelInput.Draft check(UnitRef unit, ChannelInput input) {
        FieldErrors errors = new FieldErrors();
        ChannelInput.Draft d = input.validate(errors);
        if (d != null && d.personUserId() != null && memberships.findPeopleOf(unit.id()).stream().noneMatch(p -> p.id().equals(d.personUserId()))) {
            errors.add("personUserId", "channel.person.notMember");
        }
        if (errors.hasAny()) {
            throw new UserInputException(errors);
        }
        return d;
    }

    /** A new channel of the unit, checked as the form is (the demo adds its channels this way). */
    @Transactional
    public Channel create(Actor actor, UnitRef unit, String kind, String name, String address, String personName, String phone) {
        return create(actor, unit, check(unit, new ChannelInput(kind, name, address, null, personName, phone, null, "true", null)));
    }

    @Transactional
    Channel create(Actor actor, UnitRef unit, ChannelInput.Draft d) {
        Instant now = clock.instant();
        int order = d.sortOrder() != null ? d.sortOrder() : channels.maxSortOrder(unit.id()) + 1;
        Channel saved = channels.save(new Channel(null, unit.id(), d.kind(), d.name(), d.address(), d.personUserId(), d.personName(), d.phone(),
                order, d.active(), now, now, actor.userId(), null));
        audit.record(actor, unit.id(), "channel.create", "unit_channel", saved.id(), d.name(), null, summary(saved));
        publicChanges.changed(unit.id());
        return saved;
    }

    @Transactional
    Channel update(Actor actor, UnitRef unit, long channelId, long expectedVersion, ChannelInput.Draft d) {
        Channel current = channels.findByUnitIdAndId(unit.id(), channelId).orElseThrow(() -> new NotFoundException("channel " + channelId));
        if (current.version() != expectedVersion) {
            throw new StaleVersionException();
        }
        int order = d.sortOrder() != null ? d.sortOrder() : current.sortOrder();
        Channel updated = channels.update(new Channel(current.id(), unit.id(), d.kind(), d.name(), d.address(), d.personUserId(), d.personName(),
                d.phone(), order, d.active(), current.createdAt(), clock.instant(), actor.userId(), current.version()));
        audit.record(actor, unit.id(), "channel.update", "unit_channel", channelId, d.name(), summary(current), summary(updated));
        publicChanges.changed(unit.id());
        return updated;
    }

    @Transactional
    void delete(Actor actor, UnitRef unit, long channelId) {
        Channel current = channels.findByUnitIdAndId(unit.id(), channelId).orElseThrow(() -> new NotFoundException("channel " + channelId));
        channels.deleteOwn(unit.id(), channelId);
        audit.record(actor, unit.id(), "channel.delete", "unit_channel", channelId, current.name(), summary(current), null);
        publicChanges.changed(unit.id());
    }

    private static Map<String, Object> summary(Channel c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", c.kind().name());
        m.put("name", c.name());
        m.put("address", c.address());
        m.put("active", c.active());
        return m;
    }
}
