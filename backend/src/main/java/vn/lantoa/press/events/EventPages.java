package vn.lantoa.press.events;

import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Option;
import vn.lantoa.shell.Shell;

import java.util.List;

public final class EventPages {

    private EventPages() {
    }

    public record ListPage(Shell shell, List<PressEvent> upcoming, List<PressEvent> past, boolean writes) {
    }

    public record EventPage(Shell shell, PressEvent event, EventRefs.Linked linked, boolean writes, boolean readsFiles) {
    }

    public record EditPage(Shell shell, Long eventId, EventInput form, FieldErrors errors, List<Option> kinds, List<EventRefs.Named> members,
                           List<EventRefs.Named> contacts, List<EventRefs.Named> files, List<EventRefs.Named> clippings) {

        public List<EventRefs.Named> options(String field) {
            return switch (field) {
                case "memberIds" -> members;
                case "contactIds" -> contacts;
                case "fileIds" -> files;
                default -> clippings;
            };
        }

        public boolean chosen(String field, long id) {
            return form.chosen(field, String.valueOf(id));
        }
    }
}
