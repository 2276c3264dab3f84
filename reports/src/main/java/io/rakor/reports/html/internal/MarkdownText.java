package io.rakor.reports.html.internal;

import java.util.regex.Pattern;

/**
 * Escapes text for Markdown (CommonMark and GitHub tables): characters that start emphasis, code,
 * links, HTML or table cells are backslash-escaped, line breaks become spaces (a value stays on its
 * line and in its cell), and a value that would start a heading, list or quote is escaped at its
 * start.
 */
final class MarkdownText {
  private static final String SPECIAL = "\\`*_[]<>|~&#!";
  private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n\\u2028\\u2029]+");
  private static final Pattern ORDERED_LIST = Pattern.compile("^(\\d+)([.)])(?=\\s|$)");

  private MarkdownText() {}

  static String escape(String text) {
    String one = LINE_BREAKS.matcher(text).replaceAll(" ");
    StringBuilder out = new StringBuilder(one.length() + 8);
    for (int i = 0; i < one.length(); i++) {
      char c = one.charAt(i);
      if (SPECIAL.indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    String escaped = out.toString();
    if (!escaped.isEmpty() && "-+=".indexOf(escaped.charAt(0)) >= 0) {
      return "\\" + escaped;
    }
    return ORDERED_LIST.matcher(escaped).replaceFirst("$1\\\\$2");
  }
}
