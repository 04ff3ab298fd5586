package vn.lantoa.platform.web;

import io.micronaut.json.JsonMapper;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpRequest;
import io.netty.handler.codec.http.DefaultLastHttpContent;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpVersion;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.lantoa.newsroom.Article;
import vn.lantoa.newsroom.ArticleRepository;
import vn.lantoa.testing.Api;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Page;
import vn.lantoa.unit.Unit;
import vn.lantoa.unit.UnitRepository;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text typed with decomposed tone marks (NFD: "ơ" followed by a combining grave, as some keyboards and files send
 * it) is stored and shown composed (NFC), whichever way it arrives: an HTML form, the JSON API, a query string.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComposedInputTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    JsonMapper json;
    @Inject
    UnitRepository units;
    @Inject
    ArticleRepository articles;

    Fixtures.World world;

    @BeforeAll
    void world() {
        world = fixtures.world();
    }

    static String decomposed(String text) {
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
        assertThat(nfd).as("the test's input must really be decomposed").isNotEqualTo(text);
        return nfd;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aUnitNamePostedDecomposedFromAFormIsStoredAndShownComposed() {
        String name = "Trường Tiểu học Nguyễn Huệ " + world.tag();
        Browser admin = new Browser(server.getURI()).signIn(world.adminD().email(), Fixtures.PASSWORD);
        admin.get("/admin/u/" + world.d().id() + "/units/new");

        Page created = admin.post("/admin/u/" + world.d().id() + "/units", Map.of("name", decomposed(name), "type", "SCHOOL", "schoolLevel", "TH"));

        assertThat(created.status()).as(created.text()).isEqualTo(303);
        Unit stored = units.findByParentIdOrderByName(world.d().id()).stream().filter(u -> u.name().endsWith(world.tag()) && u.name().contains("Huệ"))
                .findFirst().orElseThrow();
        assertThat(utf8(stored.name())).isEqualTo(utf8(name));
        assertThat(admin.get(created.location()).body()).contains(name).doesNotContain(decomposed(name));
    }

    @Test
    void aUnitNameSentDecomposedToTheApiIsStoredComposed() {
        String name = "Trường Mầm non Hướng Dương " + world.tag();
        Api api = new Api(server.getURI(), json).signIn(world.adminD().email(), Fixtures.PASSWORD);

        Api.Reply reply = api.postRaw("/api/v1/units/" + world.d().id() + "/units", "application/json",
                "{\"name\":\"" + decomposed(name) + "\",\"type\":\"SCHOOL\",\"schoolLevel\":\"MN\"}");

        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(utf8(String.valueOf(reply.json().get("name")))).isEqualTo(utf8(name));
        Unit stored = units.findByParentIdOrderByName(world.d().id()).stream().filter(u -> u.name().contains("Dương " + world.tag()))
                .findFirst().orElseThrow();
        assertThat(utf8(stored.name())).isEqualTo(utf8(name));
    }

    @Test
    void anArticleTitleAndBodyPostedDecomposedAreStoredComposed() {
        String title = "Học sinh trường đạt giải Nhất cuộc thi Khoa học kỹ thuật " + world.tag();
        String body = "<p>Em Nguyễn Thị Hường đã xuất sắc giành giải Nhất.</p>";
        Browser editor = new Browser(server.getURI()).signIn(world.editorA().email(), Fixtures.PASSWORD);
        String base = "/admin/u/" + world.a().id() + "/articles";
        editor.get(base + "/new");
        Map<String, String> form = new HashMap<>(Map.of("kind", "NEWS", "title", decomposed(title), "summary", "", "bodyHtml", decomposed(body),
                "tags", "", "slug", "", "categoryId", "", "coverFileId", "", "coverAlt", "", "publishAt", ""));

        Page created = editor.post(base + "?action=save", form);

        assertThat(created.status()).as(created.text()).isEqualTo(303);
        long id = Long.parseLong(created.location().substring(created.location().lastIndexOf('/') + 1));
        Article stored = articles.findByUnitIdAndId(world.a().id(), id).orElseThrow();
        assertThat(utf8(stored.title())).isEqualTo(utf8(title));
        assertThat(stored.bodyHtml()).contains("Nguyễn Thị Hường").doesNotContain(decomposed("Nguyễn Thị Hường"));
    }

    @Test
    void aJsonBodyArrivingInPiecesIsComposedWithItsLengthCorrected() {
        EmbeddedChannel channel = new EmbeddedChannel(new ComposedInput.Handler());
        byte[] body = utf8("{\"name\":\"" + decomposed("Sở Giáo dục và Đào tạo Đắk Lắk") + "\"}");
        DefaultHttpRequest request = new DefaultHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST, "/api/v1/units/1/units");
        request.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/json; charset=utf-8").set(HttpHeaderNames.CONTENT_LENGTH, body.length);

        channel.writeInbound(request, new DefaultHttpContent(Unpooled.wrappedBuffer(body, 0, 10)),
                new DefaultLastHttpContent(Unpooled.wrappedBuffer(body, 10, body.length - 10)));

        FullHttpRequest arrived = channel.readInbound();
        byte[] composed = utf8("{\"name\":\"Sở Giáo dục và Đào tạo Đắk Lắk\"}");
        assertThat(ByteBufUtil.getBytes(arrived.content())).isEqualTo(composed);
        assertThat(arrived.headers().getInt(HttpHeaderNames.CONTENT_LENGTH)).isEqualTo(composed.length);
        assertThat((Object) channel.readInbound()).isNull();
        arrived.release();
        channel.finishAndReleaseAll();
    }

    @Test
    void anUploadPassesThroughAsItCame() {
        EmbeddedChannel channel = new EmbeddedChannel(new ComposedInput.Handler());
        DefaultHttpRequest request = new DefaultHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST, "/admin/u/1/files");
        request.headers().set(HttpHeaderNames.CONTENT_TYPE, "multipart/form-data; boundary=x").set(HttpHeaderNames.CONTENT_LENGTH, 3);
        DefaultLastHttpContent content = new DefaultLastHttpContent(Unpooled.wrappedBuffer(new byte[]{1, 2, 3}));

        channel.writeInbound(request, content);

        assertThat((Object) channel.readInbound()).isSameAs(request);
        assertThat((Object) channel.readInbound()).isSameAs(content);
        channel.finishAndReleaseAll();
    }

    @Test
    void aFormIsComposedPieceByPieceAndWhatIsAlreadyComposedKeepsItsBytes() {
        String nfd = URLEncoder.encode(decomposed("Trường"), StandardCharsets.UTF_8);

        assertThat(ComposedInput.composeForm("name=" + nfd + "&csrfToken=abc%2B1"))
                .isEqualTo("name=" + URLEncoder.encode("Trường", StandardCharsets.UTF_8) + "&csrfToken=abc%2B1");
        assertThat(ComposedInput.composeForm("a=1&b=x+y&&c")).isEqualTo("a=1&b=x+y&&c");
        assertThat(ComposedInput.composeForm("bad=%E1%ZZ&name=" + nfd)).isEqualTo("bad=%E1%ZZ&name=" + URLEncoder.encode("Trường", StandardCharsets.UTF_8));
        assertThat(ComposedInput.composeUri("/thcs/tim-kiem?q=" + nfd + "#kq"))
                .isEqualTo("/thcs/tim-kiem?q=" + URLEncoder.encode("Trường", StandardCharsets.UTF_8) + "#kq");
        assertThat(ComposedInput.composeUri("/thcs/tin/le-khai-giang")).isEqualTo("/thcs/tin/le-khai-giang");
    }
}
