package io.rakor.testkit.internal.invalid;

import static io.rakor.testkit.internal.gen.Gens.pick;
import static io.rakor.testkit.internal.invalid.Ingredients.attempt;
import static io.rakor.testkit.internal.invalid.Ingredients.rule;

import io.rakor.core.monitoring.EvidenceRef;
import io.rakor.testkit.internal.gen.MonitoringGens;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * The invalid-input rules of references (issue 10, section 4) beyond identifiers and codes, which
 * {@link IdentifierRules} covers: evidence links with a scheme other than https or http, without a
 * host, with credentials, or with a bidirectional control.
 */
final class ReferenceRules {
  private ReferenceRules() {}

  /** The rules, in a fixed order. */
  static List<Rule> all() {
    List<Rule> r = new ArrayList<>();
    r.add(
        rule(
            EvidenceRef.class,
            "uri",
            "a link whose scheme is not https or http",
            MonitoringGens.evidenceRefs()
                .zip(
                    pick(
                        List.of(
                            "javascript:alert(1)",
                            "JAVASCRIPT:alert(document.domain)",
                            "file:///etc/passwd",
                            "file://server/share/laporan.pdf",
                            "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
                            "vbscript:msgbox(1)",
                            "ftp://files.example.go.id/laporan.pdf",
                            "jar:file:/x.jar!/a",
                            "mailto:walidata@example.go.id",
                            "urn:isbn:9786020000000",
                            "smb://server/share",
                            "ldap://example.go.id/o=x")),
                    (e, u) -> attempt(() -> e.withUri(URI.create(u))))));
    r.add(
        rule(
            EvidenceRef.class,
            "uri",
            "an http(s) link without a host, or with a user name or password",
            MonitoringGens.evidenceRefs()
                .zip(
                    pick(
                        List.of(
                            "https:///etc/passwd",
                            "https:data.example.go.id",
                            "http:/relative",
                            "https://user@data.example.go.id/a.pdf",
                            "https://admin:secret@data.example.go.id/a.pdf")),
                    (e, u) -> attempt(() -> e.withUri(URI.create(u))))));
    r.add(
        rule(
            EvidenceRef.class,
            "uri",
            "a link with a bidirectional control",
            MonitoringGens.evidenceRefs()
                .zip(
                    pick(List.of("\u202E", "\u202D", "\u2066", "\u2069")),
                    (e, bidi) ->
                        attempt(
                            () ->
                                e.withUri(
                                    URI.create(
                                        "https://data.example.go.id/laporan"
                                            + bidi
                                            + "fdp.exe"))))));
    return r;
  }
}
