package io.rakor.reports.html.internal;

import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.SafeMustacheFactory;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;

/**
 * The reports' Mustache templates. Both factories are Mustache.java's {@link SafeMustacheFactory}:
 * a template cannot write a value unescaped (no {@code {{{...}}}} and no {@code {{&...}}}), can
 * only include the partials named here, and sees only public accessors. HTML templates escape for
 * HTML (also inside quoted attributes); Markdown templates escape Markdown's own characters.
 */
public final class Templates {
  private static final String ROOT = "io/rakor/reports/html";
  private static final Set<String> NAMES =
      Set.of(
          "monitoring.html.mustache",
          "monitoring.md.mustache",
          "minutes.html.mustache",
          "minutes.md.mustache",
          "dashboard.html.mustache",
          "style.css.mustache",
          "reasons.html.mustache");

  private static final SafeMustacheFactory HTML = new SafeMustacheFactory(NAMES, ROOT);

  private static final SafeMustacheFactory MARKDOWN =
      new SafeMustacheFactory(NAMES, ROOT) {
        @Override
        public void encode(String value, Writer writer) {
          try {
            writer.write(MarkdownText.escape(value));
          } catch (IOException e) {
            throw new MustacheException("cannot write", e);
          }
        }
      };

  private Templates() {}

  /**
   * Renders an HTML template.
   *
   * @param name the template, for example {@code monitoring.html.mustache}
   * @param model the view model
   * @return the HTML
   */
  public static String html(String name, Object model) {
    return render(HTML.compile(name), model);
  }

  /**
   * Renders a Markdown template.
   *
   * @param name the template, for example {@code monitoring.md.mustache}
   * @param model the view model
   * @return the Markdown
   */
  public static String markdown(String name, Object model) {
    return render(MARKDOWN.compile(name), model);
  }

  private static String render(Mustache template, Object model) {
    StringWriter out = new StringWriter();
    try {
      template.execute(out, model).flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
