package vn.lantoa.platform.web;

import gg.jte.CodeResolver;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import gg.jte.resolve.DirectoryCodeResolver;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;

import java.nio.file.Path;

/**
 * Renders a jte page. Each template declares one typed parameter, its page record. The page is rendered
 * completely before the response starts: a template error then becomes a proper error page instead of a
 * response cut off half-way. Templates are precompiled at build time; set LANTOA_TEMPLATES_DYNAMIC=true
 * to edit them under frontend-templates/ with reloading (needs a JDK).
 */
@Singleton
public class Pages {

    private final TemplateEngine engine;

    Pages(@Value("${lantoa.templates.dynamic:false}") boolean dynamic,
          @Value("${lantoa.templates.path:../frontend-templates}") String path) {
        if (dynamic) {
            CodeResolver resolver = new DirectoryCodeResolver(Path.of(path));
            this.engine = TemplateEngine.create(resolver, Path.of("target", "jte-dynamic"), ContentType.Html);
        } else {
            this.engine = TemplateEngine.createPrecompiled(ContentType.Html);
        }
    }

    public MutableHttpResponse<byte[]> render(String template, Object page) {
        return render(HttpStatus.OK, template, page);
    }

    public MutableHttpResponse<byte[]> render(HttpStatus status, String template, Object page) {
        return HttpResponse.<byte[]>status(status).body(html(template, page))
                .contentType("text/html;charset=utf-8")
                .header("Cache-Control", "no-store");
    }

    public byte[] html(String template, Object page) {
        Utf8ByteOutput output = new Utf8ByteOutput();
        engine.render(template + ".jte", page, output);
        return output.toByteArray();
    }
}
