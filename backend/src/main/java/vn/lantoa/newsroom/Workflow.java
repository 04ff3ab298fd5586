package vn.lantoa.newsroom;

import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may do what to an article in which state. Editors write and send for review; the committee head (or
 * the unit admin) approves, returns, publishes, schedules and archives. Content already approved or public
 * changes only through the head. A unit may let its head publish a draft in one step.
 */
public final class Workflow {

    public enum Action { EDIT, SUBMIT, APPROVE, RETURN, PUBLISH, UNSCHEDULE, ARCHIVE, REPUBLISH, DELETE }

    private Workflow() {
    }

    static Set<Action> allowed(Access access, Actor actor, UnitRef unit, Article article, boolean headPublishesDirectly) {
        return allowed(article.status(), article.publishedAt() != null, access.can(actor, unit, Permission.WRITE_CONTENT),
                access.can(actor, unit, Permission.APPROVE_CONTENT), headPublishesDirectly);
    }

    /**
     * True when the state, not the person, stands in the way of an action the actor may not do now (409 rather than 403):
     * nobody could do it to the article as it stands, while the actor's roles allow it from another state (the head
     * approves what was sent for review, not a draft). Where a head could do it now, it is the person's role (403).
     */
    static boolean stateStandsInTheWay(Access access, Actor actor, UnitRef unit, Article article, Action action, boolean headPublishesDirectly) {
        if (allowed(article.status(), article.publishedAt() != null, true, true, headPublishesDirectly).contains(action)) {
            return false;
        }
        boolean writer = access.can(actor, unit, Permission.WRITE_CONTENT);
        boolean head = access.can(actor, unit, Permission.APPROVE_CONTENT);
        for (ArticleStatus status : ArticleStatus.values()) {
            if (allowed(status, false, writer, head, headPublishesDirectly).contains(action)) {
                return true;
            }
        }
        return false;
    }

    private static Set<Action> allowed(ArticleStatus status, boolean everPublished, boolean writer, boolean head, boolean headPublishesDirectly) {
        Set<Action> actions = EnumSet.noneOf(Action.class);
        switch (status) {
            case DRAFT -> {
                if (writer || head) {
                    actions.add(Action.EDIT);
                    actions.add(Action.SUBMIT);
                }
                if (writer && !everPublished) {
                    actions.add(Action.DELETE);
                }
                if (head && headPublishesDirectly) {
                    actions.add(Action.PUBLISH);
                }
            }
            case IN_REVIEW -> {
                if (writer || head) {
                    actions.add(Action.EDIT);
                }
                if (head) {
                    actions.add(Action.APPROVE);
                    actions.add(Action.RETURN);
                    if (headPublishesDirectly) {
                        actions.add(Action.PUBLISH);
                    }
                }
            }
            case APPROVED -> {
                if (head) {
                    actions.addAll(EnumSet.of(Action.EDIT, Action.PUBLISH, Action.RETURN));
                }
            }
            case SCHEDULED -> {
                if (head) {
                    actions.addAll(EnumSet.of(Action.EDIT, Action.UNSCHEDULE, Action.PUBLISH));
                }
            }
            case PUBLISHED -> {
                if (head) {
                    actions.addAll(EnumSet.of(Action.EDIT, Action.ARCHIVE));
                }
            }
            case ARCHIVED -> {
                if (head) {
                    actions.addAll(EnumSet.of(Action.EDIT, Action.REPUBLISH));
                }
            }
        }
        return actions;
    }
}
