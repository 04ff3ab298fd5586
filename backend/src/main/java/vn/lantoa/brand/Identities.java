package vn.lantoa.brand;

import jakarta.inject.Singleton;
import vn.lantoa.files.StoredFile;
import vn.lantoa.files.StoredFileRepository;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** A unit's identity for its public site: read once per site frame, which the site keeps until the unit's content changes. */
@Singleton
public class Identities {

    private final SiteIdentityRepository identities;
    private final StoredFileRepository files;

    Identities(SiteIdentityRepository identities, StoredFileRepository files) {
        this.identities = identities;
        this.files = files;
    }

    public Identity forSite(long unitId) {
        return identities.findByUnitId(unitId).map(this::view).orElse(Identity.DEFAULT);
    }

    Identity view(SiteIdentity row) {
        List<Long> ids = Stream.of(row.logoFileId(), row.bannerFileId()).filter(Objects::nonNull).toList();
        List<StoredFile> images = ids.isEmpty() ? List.of() : files.findByUnitIdAndIds(row.unitId(), ids);
        return new Identity(find(images, row.logoFileId()), find(images, row.bannerFileId()), ColourContrast.normalize(row.mainColour()),
                row.faviconKey() == null ? null : FaviconPaths.url(row.unitId(), row.faviconName()), row.faviconType(), row.slideshow());
    }

    private static StoredFile find(List<StoredFile> images, Long id) {
        return id == null ? null : images.stream().filter(f -> f.id().equals(id) && f.isImage()).findFirst().orElse(null);
    }
}
