package vn.lantoa.shell;

import java.util.List;

/**
 * A capability's cards for a unit's home page. Each implementation is a bean; the home page asks all of them, so a
 * capability adds its work to the home page without the home page knowing it. Return an empty list when the reader has
 * nothing there (no permission, nothing to do): the page must stay a page of work, not a menu.
 */
public interface HomeCards {

    /** The cards for the unit and reader of this shell (its permissions and language included). */
    List<HomeCard> cardsFor(Shell shell);
}
