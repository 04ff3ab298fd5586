package vn.lantoa.channel;

import jakarta.inject.Singleton;
import vn.lantoa.site.SiteFrame;
import vn.lantoa.unit.Unit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a site shows of channels: the unit's active ones, and the main channel (the first active one) of each unit above
 * it, nearest first, since seed 003 asks every unit to connect with the Sở's fanpage.
 */
@Singleton
class ChannelBoard {

    record Above(Unit unit, Channel channel) {
    }

    record Board(List<Channel> own, List<Above> above) {

        boolean isEmpty() {
            return own.isEmpty() && above.isEmpty();
        }
    }

    private final ChannelRepository channels;

    ChannelBoard(ChannelRepository channels) {
        this.channels = channels;
    }

    Board of(SiteFrame frame) {
        List<Channel> own = channels.findActive(frame.unit().id());
        List<Unit> ancestors = frame.ancestors();
        List<Above> above = new ArrayList<>();
        if (!ancestors.isEmpty()) {
            Map<Long, Channel> main = new LinkedHashMap<>();
            for (Channel c : channels.findActiveOfUnits(ancestors.stream().map(Unit::id).toList())) {
                main.putIfAbsent(c.unitId(), c);
            }
            for (int i = ancestors.size() - 1; i >= 0; i--) {
                Channel c = main.get(ancestors.get(i).id());
                if (c != null) {
                    above.add(new Above(ancestors.get(i), c));
                }
            }
        }
        return new Board(own, above);
    }

    /** The unit's active channel with this id; empty for another unit's, an inactive one or none. */
    java.util.Optional<Channel> active(long unitId, long channelId) {
        return channels.findByUnitIdAndId(unitId, channelId).filter(Channel::active);
    }
}
