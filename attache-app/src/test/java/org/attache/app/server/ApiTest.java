package org.attache.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JSON API over HTTP on 127.0.0.1, against the hand-made store (no language model). */
class ApiTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static String base;

  @BeforeAll
  static void serve() {
    base = ServedStore.server().url();
  }

  static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create(base + path.substring(1))).build(), HttpResponse.BodyHandlers.ofString());
  }

  static JsonNode ok(String path) throws IOException, InterruptedException {
    HttpResponse<String> r = get(path);
    assertThat(r.statusCode()).as(path + " -> " + r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    return JSON.readTree(r.body());
  }

  static JsonNode error(String path, int status) throws IOException, InterruptedException {
    HttpResponse<String> r = get(path);
    assertThat(r.statusCode()).as(path + " -> " + r.body()).isEqualTo(status);
    JsonNode body = JSON.readTree(r.body());
    assertThat(body.get("status").asInt()).isEqualTo(status);
    assertThat(body.get("message").asText()).isNotBlank();
    return body;
  }

  @Test
  void documentsPageNewestFirstAndSayWhereTheNextPageStarts() throws Exception {
    // dated up to 2021, so that what the ingest test adds (undated) does not move the pages
    JsonNode page = ok("/api/documents?limit=2&to=2021");
    assertThat(page.get("items")).extracting(d -> d.get("doc").asText()).containsExactly("arm-1", "apa-2");
    assertThat(page.get("next").asInt()).isEqualTo(2);
    JsonNode last = ok("/api/documents?limit=2&offset=2&to=2021");
    assertThat(last.get("items")).extracting(d -> d.get("doc").asText()).containsExactly("apa-1", "tass-1");
    assertThat(last.get("next").isNull()).isTrue();
    assertThat(ok("/api/documents?actor=Lavrov&outlet=APA").get("items")).hasSize(1);
    assertThat(ok("/api/documents?from=2021-11&to=2021-11").get("items")).extracting(d -> d.get("doc").asText()).containsExactly("apa-2");
  }

  @Test
  void oneDocumentHasItsTextAndEveryFactAtItsOffsets() throws Exception {
    JsonNode d = ok("/api/documents/apa-1");
    String text = d.get("text").asText();
    for (JsonNode m : d.get("mentions")) {
      assertThat(text.substring(m.get("start").asInt(), m.get("end").asInt())).isEqualTo(m.get("text").asText());
    }
    JsonNode q = d.get("quotes").get(0);
    assertThat(text.substring(q.get("start").asInt(), q.get("end").asInt())).isEqualTo("Karabakh is Azerbaijan,");
    assertThat(q.get("speaker").get("id").asText()).isEqualTo("jeyhun-bayramov");
    assertThat(d.get("events")).hasSize(2);
    error("/api/documents/no-such-doc", 404);
  }

  @Test
  void searchRanksPagesAndSearchesQuotes() throws Exception {
    JsonNode hits = ok("/api/search?q=Baku");
    assertThat(hits.get("items")).extracting(h -> h.get("doc").asText()).containsExactlyInAnyOrder("tass-1", "apa-1");
    assertThat(hits.get("items").get(0).get("snippet").asText()).contains("[Baku]");
    assertThat(ok("/api/search?q=Baku&limit=1").get("next").asInt()).isEqualTo(1);
    assertThat(ok("/api/search?q=Karabakh&quotes=true").get("items")).extracting(h -> h.get("speaker").asText())
        .containsExactlyInAnyOrder("Sergey Lavrov", "Jeyhun Bayramov");
  }

  @Test
  void actorsListAndProfile() throws Exception {
    assertThat(ok("/api/actors?name=bayram").get("items")).extracting(a -> a.get("actor").get("id").asText()).containsExactly("jeyhun-bayramov");
    assertThat(ok("/api/actors?type=person&country=ARM").get("items")).hasSize(1);
    JsonNode p = ok("/api/actors/jeyhun-bayramov");
    assertThat(p.get("actor").get("country").asText()).isEqualTo("AZE");
    assertThat(p.get("roles").get(0).get("role").asText()).isEqualTo("Foreign Minister of Azerbaijan");
    assertThat(p.get("partners")).extracting(x -> x.get("actor").get("id").asText()).contains("sergey-lavrov", "ararat-mirzoyan");
    error("/api/actors/nobody-at-all", 404);
  }

  @Test
  void quotesBySpeakerAboutAndDate() throws Exception {
    assertThat(ok("/api/quotes?speaker=Bayramov").get("items")).hasSize(2);
    assertThat(ok("/api/quotes?about=Armenia").get("items")).extracting(q -> q.get("speaker").asText()).containsExactly("Jeyhun Bayramov");
    assertThat(ok("/api/quotes?from=2021-12").get("items")).extracting(q -> q.get("doc").asText()).containsExactly("arm-1");
  }

  @Test
  void eventsByActorCodeDateAndStatus() throws Exception {
    assertThat(ok("/api/events?actor=Mirzoyan").get("items")).hasSize(2);
    assertThat(ok("/api/events?code=04").get("items")).hasSize(3);
    assertThat(ok("/api/events?status=happened&from=2021-12").get("items")).extracting(e -> e.get("cameo").asText())
        .containsExactly("190", "112");
    assertThat(ok("/api/events?status=negated").get("items")).isEmpty();
  }

  @Test
  void timelineGraphAndFraming() throws Exception {
    JsonNode t = ok("/api/timeline?a=Azerbaijan&b=Armenia&by=month");
    assertThat(t.get("periods")).isNotEmpty();
    JsonNode nov = t.get("periods").get(0);
    assertThat(nov.get("start").asText()).isEqualTo("2021-11-01");
    assertThat(nov.get("quadCounts").get(0).asInt()).isEqualTo(1);
    assertThat(ok("/api/graph?from=2021-10&to=2021-10").get("edges")).hasSize(2);
    assertThat(ok("/api/framing").isArray()).isTrue();
    error("/api/timeline?a=Azerbaijan&b=Atlantis", 404);
  }

  @Test
  void badQueriesAreRefusedWithAMessageNamingTheParameter() throws Exception {
    assertThat(error("/api/documents?colour=red", 400).get("message").asText()).contains("unknown query parameter 'colour'");
    assertThat(error("/api/quotes?from=2021-13-45", 400).get("message").asText()).contains("'from'");
    assertThat(error("/api/quotes?from=yesterday", 400).get("message").asText()).contains("'from'");
    assertThat(error("/api/documents?limit=101", 400).get("message").asText()).contains("limit must lie in 1..100");
    assertThat(error("/api/documents?offset=-1", 400).get("message").asText()).contains("offset");
    assertThat(error("/api/events?status=rumoured", 400).get("message").asText()).contains("status");
    assertThat(error("/api/events?code=4x", 400).get("message").asText()).contains("code");
    assertThat(error("/api/search", 400).get("message").asText()).contains("'q' is required");
    assertThat(error("/api/search?q=%22unclosed", 400).get("message").asText()).isNotBlank();
    assertThat(error("/api/timeline?a=x&b=y&by=decade", 400).get("message").asText()).contains("by");
    assertThat(error("/api/documents?limit=1&limit=2", 400).get("message").asText()).contains("given 2 times");
    assertThat(error("/api/quotes?from=2022&to=2021", 400).get("message").asText()).contains("ends before it starts");
    error("/api/nothing-here", 404);
  }

  @Test
  void sqlInAParameterIsOnlyAValue() throws Exception {
    assertThat(ok("/api/documents?outlet=x'%20OR%20'1'='1").get("items")).isEmpty();
    assertThat(ok("/api/actors?name=%27);DROP%20TABLE%20actors;--").get("items")).isEmpty();
    assertThat(ok("/api/actors").get("items")).isNotEmpty();
  }

  @Test
  void ingestNeedsTheTokenAndStoresWhatItReads() throws Exception {
    String article = "Talks in Geneva\n\nThe delegations met in Geneva on Monday and agreed to meet again.\n";
    HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(base + "api/ingest?name=geneva-talks.txt"))
        .POST(HttpRequest.BodyPublishers.ofString(article, StandardCharsets.UTF_8));
    HttpResponse<String> anonymous = HTTP.send(post.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(anonymous.statusCode()).isEqualTo(401);
    HttpResponse<String> wrong = HTTP.send(post.header("Authorization", "Bearer not-the-token-at-all").build(), HttpResponse.BodyHandlers.ofString());
    assertThat(wrong.statusCode()).isEqualTo(401);
    HttpResponse<String> done = HTTP.send(HttpRequest.newBuilder(URI.create(base + "api/ingest?name=geneva-talks.txt"))
        .header("Authorization", "Bearer " + ServedStore.TOKEN).POST(HttpRequest.BodyPublishers.ofString(article, StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
    JsonNode r = JSON.readTree(done.body());
    assertThat(r.get("documents")).extracting(JsonNode::asText).containsExactly("geneva-talks");
    assertThat(r.get("stored").get("added").asInt()).isEqualTo(1);
    assertThat(r.get("problems").get(0).get("message").asText()).contains("no language model");
    assertThat(ok("/api/search?q=Geneva").get("items")).extracting(h -> h.get("doc").asText()).contains("geneva-talks");
  }

  @Test
  void anIngestBodyOverTheCapIsRefused() throws Exception {
    byte[] big = new byte[(int) ServerConfig.DEFAULT_MAX_BODY + 10];
    java.util.Arrays.fill(big, (byte) 'a');
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "api/ingest")).header("Authorization", "Bearer " + ServedStore.TOKEN)
        .POST(HttpRequest.BodyPublishers.ofByteArray(big)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(JSON.readTree(r.body()).get("status").asInt()).isEqualTo(413);
  }

  @Test
  void htmlIsServedWithItsCharsetAndProtectiveHeaders() throws Exception {
    HttpResponse<String> r = get("/");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("").replace(" ", "")).isEqualTo("text/html;charset=utf-8");
    assertThat(r.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'");
    assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(get("/vendor/echarts.min.js").statusCode()).isEqualTo(200);
  }

  @Test
  void staticFilesCannotBeLeftByTraversalOrListed() throws Exception {
    for (String path : List.of("/../pom.xml", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc%2fpasswd", "/%252e%252e/etc/passwd",
        "/vendor/../../org/attache/app/server/web/index.html", "/vendor/", "/org/attache/app/server/web/", "/META-INF/", "/webjars/",
        "/app.js/..%5c..%5cpom.xml", "/vendor/%2e%2e/app.js")) {
      int status = raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
      assertThat(status).as(path).isIn(400, 404);
    }
  }

  @Test
  void aForeignHostNameIsRefusedOnLoopback() throws Exception {
    assertThat(raw("GET /api/documents HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n")).isEqualTo(403);
    assertThat(raw("GET /api/documents HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")).isEqualTo(200);
  }

  @Test
  void everyRouteIsInTheOpenApiDescription() throws Exception {
    JsonNode spec = ok("/api/openapi.json");
    List<String> paths = new ArrayList<>();
    for (Iterator<String> it = spec.get("paths").fieldNames(); it.hasNext(); ) {
      paths.add(it.next());
    }
    assertThat(paths).contains("/api/documents", "/api/documents/{id}", "/api/search", "/api/actors", "/api/actors/{id}", "/api/quotes",
        "/api/events", "/api/timeline", "/api/graph", "/api/framing", "/api/ingest");
  }

  /** Sends a request as raw bytes, so that no client library normalizes the path first; returns the status. */
  private static int raw(String request) throws IOException {
    try (Socket s = new Socket("127.0.0.1", ServedStore.server().port())) {
      OutputStream out = s.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      String status = new String(in.readNBytes(12), StandardCharsets.ISO_8859_1);
      return Integer.parseInt(status.substring(9, 12));
    }
  }
}
