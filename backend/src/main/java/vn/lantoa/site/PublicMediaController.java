package vn.lantoa.site;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.lantoa.disclosure.DisclosureReads;
import vn.lantoa.files.FileDownloads;
import vn.lantoa.files.ImageVariants;
import vn.lantoa.files.StoredFile;
import vn.lantoa.files.StoredFileRepository;
import vn.lantoa.newsroom.ArticleParts;
import vn.lantoa.newsroom.OfficialDocumentRepository;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.PublicPage;

/**
 * Images and files of the public sites. An image address holds a random name nobody can guess and is served in the
 * size asked for (?w=400|800|1600). Any other file is served only while something published links it: an
 * attachment of a published article, a published document, or a disclosure item.
 */
@Hidden
@PublicPage
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Produces(MediaType.ALL)
class PublicMediaController {

    private final StoredFileRepository files;
    private final FileDownloads downloads;
    private final ArticleParts parts;
    private final OfficialDocumentRepository documents;
    private final DisclosureReads disclosure;

    PublicMediaController(StoredFileRepository files, FileDownloads downloads, ArticleParts parts, OfficialDocumentRepository documents,
                          DisclosureReads disclosure) {
        this.files = files;
        this.downloads = downloads;
        this.parts = parts;
        this.documents = documents;
        this.disclosure = disclosure;
    }

    @Get("/anh/{unitId}/{year}/{name}")
    HttpResponse<?> image(long unitId, String year, String name, @Nullable @QueryValue Integer w) {
        if (!year.matches("\\d{4}") || !name.matches("[A-Za-z0-9-]{1,64}\\.[a-z0-9]{1,5}")) {
            throw new NotFoundException("image " + name);
        }
        StoredFile file = files.findByUnitIdAndObjectKey(unitId, "units/" + unitId + "/files/" + year + "/" + name)
                .filter(StoredFile::isImage).orElseThrow(() -> new NotFoundException("image " + name));
        String key = ImageVariants.keyFor(file, w == null ? 0 : w);
        String type = key.equals(file.objectKey()) ? file.contentType() : key.endsWith(".png") ? "image/png" : "image/jpeg";
        return downloads.streamPublic(file, key, type, true);
    }

    @Get("/tep/{unitId}/{fileId}/{name}")
    HttpResponse<?> file(long unitId, long fileId, String name, @Nullable @QueryValue String tai) {
        StoredFile file = files.findByUnitIdAndId(unitId, fileId).orElseThrow(() -> new NotFoundException("file " + fileId));
        boolean published = parts.isPublicAttachment(unitId, fileId) || parts.isPublicCover(unitId, fileId)
                || documents.isPublicFile(unitId, fileId) || disclosure.isPublicFile(unitId, fileId);
        if (!published) {
            throw new NotFoundException("file " + fileId);
        }
        return downloads.streamPublic(file, file.objectKey(), file.contentType(), tai == null);
    }
}
