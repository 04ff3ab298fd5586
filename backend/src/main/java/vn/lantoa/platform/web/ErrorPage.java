package vn.lantoa.platform.web;

import vn.lantoa.platform.i18n.Translator;

/** A full page for an error a person can read: what happened and where to go next. */
public record ErrorPage(Translator t, int status, String titleKey, String messageKey, String detail) {
}
