package vn.lantoa.onboarding;

import jakarta.inject.Singleton;
import vn.lantoa.platform.text.Emails;
import vn.lantoa.platform.text.FormulaText;
import vn.lantoa.platform.text.VietnameseText;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.tenancy.EmailDomainPolicy;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;
import vn.lantoa.tenancy.UnitType;
import vn.lantoa.unit.UnitDraft;
import vn.lantoa.unit.UnitForm;
import vn.lantoa.unit.UnitRepository;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks every line of an onboarding file before anything is written: the unit's fields with the same rules
 * as the form, where it goes in the tree, unique codes, and the admin's address. Each problem is reported
 * on its line; nothing is imported while one remains.
 */
@Singleton
class ImportChecker {

    private final UnitRepository units;
    private final UnitRefRepository refs;
    private final EmailDomainPolicy domains;

    ImportChecker(UnitRepository units, UnitRefRepository refs, EmailDomainPolicy domains) {
        this.units = units;
        this.refs = refs;
        this.domains = domains;
    }

    List<ImportRow> check(UnitRef importer, SheetReader.Table table) {
        Map<ImportColumns, Integer> columns = ImportColumns.locate(table.headers());
        List<String> missing = List.of(ImportColumns.NAME, ImportColumns.TYPE).stream().filter(c -> !columns.containsKey(c))
                .map(c -> "“" + c.header() + "”").toList();
        if (!missing.isEmpty()) {
            throw UserInputException.of("file", "import.file.missingColumns", String.join(", ", missing));
        }
        if (table.rows().isEmpty()) {
            throw UserInputException.of("file", "import.file.noRows");
        }
        Map<String, ImportRow> byCode = new HashMap<>();
        Map<String, UnitType> typeByCode = new HashMap<>();
        Map<String, UnitRef> anchorByCode = new HashMap<>();
        Set<String> codes = new HashSet<>();
        // Most lines share a handful of anchors: ask for each one's mail domains once, not once per line.
        Map<Long, List<String>> domainsByAnchor = new HashMap<>();
        List<ImportRow> checked = new ArrayList<>();
        for (SheetReader.SheetRow raw : table.rows()) {
            ImportRow row = checkRow(importer, raw, columns, byCode, typeByCode, anchorByCode, codes, domainsByAnchor);
            checked.add(row);
        }
        return checked;
    }

    private ImportRow checkRow(UnitRef importer, SheetReader.SheetRow raw, Map<ImportColumns, Integer> columns,
                               Map<String, ImportRow> byCode, Map<String, UnitType> typeByCode, Map<String, UnitRef> anchorByCode,
                               Set<String> codes, Map<Long, List<String>> domainsByAnchor) {
        String code = lower(cell(raw, columns, ImportColumns.CODE));
        String name = cell(raw, columns, ImportColumns.NAME);
        String typeText = cell(raw, columns, ImportColumns.TYPE);
        String levelText = cell(raw, columns, ImportColumns.LEVEL);
        String parentText = lower(cell(raw, columns, ImportColumns.PARENT));
        String adminEmail = Emails.normalize(cell(raw, columns, ImportColumns.ADMIN_EMAIL));
        String adminName = cell(raw, columns, ImportColumns.ADMIN_NAME);
        UnitType type = UnitLabels.type(typeText);
        var level = UnitLabels.level(levelText);

        FieldErrors errors = new FieldErrors();
        refuseFormulas(raw, columns, errors);
        UnitForm form = new UnitForm(name, cell(raw, columns, ImportColumns.SHORT_NAME), type == null ? typeText : type.name(),
                level == null ? levelText : level.name(), code, "", cell(raw, columns, ImportColumns.ADDRESS),
                cell(raw, columns, ImportColumns.PHONE), cell(raw, columns, ImportColumns.EMAIL), cell(raw, columns, ImportColumns.WEBSITE),
                "", "", "");
        UnitDraft draft = form.validate(errors);

        if (code != null && !errors.has("slug")) {
            if (!codes.add(code)) {
                errors.add("code", "import.code.duplicate");
            } else if (units.existsBySlug(code)) {
                errors.add("code", "unit.slug.taken");
            }
        }

        Long parentUnitId = null;
        Integer parentLine = null;
        String parentName;
        UnitType parentType;
        UnitRef anchor;
        if (parentText == null) {
            parentUnitId = importer.id();
            parentName = importer.name();
            parentType = importer.type();
            anchor = importer;
        } else if (byCode.containsKey(parentText)) {
            ImportRow parentRow = byCode.get(parentText);
            parentLine = parentRow.line();
            parentName = parentRow.name();
            parentType = typeByCode.get(parentText);
            anchor = anchorByCode.get(parentText);
            if (!parentRow.valid()) {
                errors.add("parent", "import.parent.invalidLine", parentRow.line());
            }
        } else {
            UnitRef existing = refs.findBySlug(parentText).filter(u -> u.path().startsWith(importer.path())).orElse(null);
            if (existing == null) {
                errors.add("parent", "import.parent.notFound", parentText);
                parentName = parentText;
                parentType = null;
                anchor = importer;
            } else {
                parentUnitId = existing.id();
                parentName = existing.name();
                parentType = existing.type();
                anchor = existing;
                if (existing.closed()) {
                    errors.add("parent", "unit.parent.closed");
                }
            }
        }
        if (type != null && parentType != null && !type.mayBeUnder(parentType)) {
            errors.add("type", "unit.type.notUnderParent");
        }

        if (adminEmail != null) {
            if (!Emails.isValid(adminEmail)) {
                errors.add("adminEmail", "field.email.invalid");
            } else {
                List<String> required = domainsByAnchor.computeIfAbsent(anchor.id(), id -> domains.requiredFor(anchor));
                if (!required.isEmpty() && !Emails.isInDomains(adminEmail, required)) {
                    errors.add("adminEmail", "people.email.notOfficial", String.join(", ", required));
                }
            }
            if (adminName == null) {
                errors.add("adminName", "import.adminName.required");
            } else if (adminName.length() > 150) {
                errors.add("adminName", "field.tooLong", 150);
            }
        } else if (adminName != null) {
            errors.add("adminEmail", "import.adminEmail.required");
        }

        List<ImportRow.RowError> rowErrors = errors.all().stream()
                .map(e -> new ImportRow.RowError(e.field(), e.key(), e.args().stream().map(String::valueOf).toList()))
                .toList();
        ImportRow row = new ImportRow(raw.line(), code, draft.name() == null ? name : draft.name(), draft.shortName(),
                type == null ? typeText : type.name(), level == null ? levelText : level.name(), parentText, draft.address(),
                draft.phone(), draft.email(), draft.website(), adminEmail, adminName, parentUnitId, parentLine, parentName, rowErrors);
        if (code != null) {
            byCode.put(code, row);
            typeByCode.put(code, type);
            anchorByCode.put(code, anchor);
        }
        return row;
    }

    /**
     * A cell that a spreadsheet would run as a formula is refused, not stored: the unit's name ends up in exports and
     * in other people's spreadsheets. A phone number may start with "+" ("+84 ..."); it is checked as a phone.
     */
    private static void refuseFormulas(SheetReader.SheetRow raw, Map<ImportColumns, Integer> columns, FieldErrors errors) {
        for (Map.Entry<ImportColumns, Integer> column : columns.entrySet()) {
            String value = cell(raw, columns, column.getKey());
            if (FormulaText.startsLikeFormula(value) && !(column.getKey() == ImportColumns.PHONE && value.startsWith("+"))) {
                errors.add(column.getKey().field(), "import.cell.formula", FormulaText.leadingSign(value));
            }
        }
    }

    private static String cell(SheetReader.SheetRow row, Map<ImportColumns, Integer> columns, ImportColumns column) {
        Integer index = columns.get(column);
        if (index == null || index >= row.cells().size()) {
            return null;
        }
        return VietnameseText.blankToNull(row.cells().get(index));
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
