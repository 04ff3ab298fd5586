package vn.lantoa.brand;

import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.shell.Shell;

/** The identity page: what is saved now (shown as the current images), and the form as typed. */
public record IdentityPage(Shell shell, Identity identity, IdentityForm form, FieldErrors errors, String publicUrl) {

    /** The darker colour to offer when the typed one fails contrast. */
    public String suggestedColour() {
        String colour = ColourContrast.normalize(form.mainColour());
        return colour == null || ColourContrast.passes(colour) ? null : ColourContrast.suggestion(colour);
    }
}
