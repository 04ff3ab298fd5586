package vn.lantoa.newsroom;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lantoa.audit.AuditLog;
import vn.lantoa.platform.publication.PublicChanges;
import vn.lantoa.platform.web.ConflictException;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.StaleVersionException;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.util.Map;

/** A site's categories (chuyên mục), added, renamed and removed by the committee head or the unit admin. */
@Singleton
public class Categories {

    /** The stable code of a category that still holds articles and so cannot be removed. */
    public static final String NOT_EMPTY = "CATEGORY_NOT_EMPTY";

    private final CategoryRepository categories;
    private final Access access;
    private final AuditLog audit;
    private final PublicChanges publicChanges;

    Categories(CategoryRepository categories, Access access, AuditLog audit, PublicChanges publicChanges) {
        this.categories = categories;
        this.access = access;
        this.audit = audit;
        this.publicChanges = publicChanges;
    }

    @Transactional
    public Category create(Actor actor, UnitRef unit, CategoryForm.Draft draft) {
        access.require(actor, unit, Permission.MANAGE_SITE);
        if (categories.existsByUnitIdAndSlug(unit.id(), draft.slug())) {
            throw UserInputException.of("slug", "category.slug.taken");
        }
        Category saved = categories.save(new Category(null, unit.id(), draft.name(), draft.slug(), draft.description(), draft.sortOrder(), null,
                null, null));
        audit.record(actor, unit.id(), "site.categoryAdded", "category", saved.id(), "Thêm chuyên mục " + saved.name(), null,
                Map.of("slug", saved.slug()));
        publicChanges.changed(unit.id());
        return saved;
    }

    /** Renames or reorders; {@code version} is the one the change was made from. */
    @Transactional
    public Category update(Actor actor, UnitRef unit, long categoryId, CategoryForm.Draft draft, long version) {
        access.require(actor, unit, Permission.MANAGE_SITE);
        Category current = categories.findByUnitIdAndId(unit.id(), categoryId).orElseThrow(() -> new NotFoundException("category"));
        if (current.version() == null || current.version() != version) {
            throw new StaleVersionException();
        }
        if (!draft.slug().equals(current.slug()) && categories.existsByUnitIdAndSlug(unit.id(), draft.slug())) {
            throw UserInputException.of("slug", "category.slug.taken");
        }
        Category updated = categories.update(new Category(current.id(), unit.id(), draft.name(), draft.slug(), draft.description(),
                draft.sortOrder(), current.createdAt(), current.updatedAt(), current.version()));
        audit.record(actor, unit.id(), "site.categoryUpdated", "category", categoryId, "Sửa chuyên mục " + updated.name(),
                Map.of("name", current.name(), "slug", current.slug()), Map.of("name", updated.name(), "slug", updated.slug()));
        publicChanges.changed(unit.id());
        return updated;
    }

    /** Removes an empty category; one that still holds articles is refused (409, {@link #NOT_EMPTY}). */
    @Transactional
    public void delete(Actor actor, UnitRef unit, long categoryId) {
        access.require(actor, unit, Permission.MANAGE_SITE);
        Category category = categories.findByUnitIdAndId(unit.id(), categoryId).orElseThrow(() -> new NotFoundException("category"));
        if (categories.articlesIn(unit.id(), categoryId) > 0) {
            throw new ConflictException(NOT_EMPTY, "category.notEmpty");
        }
        categories.deleteInUnit(unit.id(), categoryId);
        audit.record(actor, unit.id(), "site.categoryDeleted", "category", categoryId, "Xóa chuyên mục " + category.name(),
                Map.of("slug", category.slug()), null);
        publicChanges.changed(unit.id());
    }
}
