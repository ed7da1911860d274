// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/report/report.h"

namespace ms {

/** The report as CommonMark/GitHub-flavoured Markdown: headings, pipe tables, lists.
 *  Every piece of text is escaped so that catalog text prints literally (case C19):
 *  the characters \ ` * _ [ ] < > | # ~ & ! @ get a backslash, "://" and "www." are
 *  broken so that no autolink appears, and a paragraph never starts a list or heading.
 *  Newlines in catalog text become spaces. Numbers in the report's language. */
std::string renderMarkdown(const Report& report);

/** The report as one self-contained HTML5 file: inline CSS, no scripts, no images, no
 *  links, no external resources (a Content-Security-Policy of default-src 'none' says so
 *  to the browser too). Every string is HTML-escaped (& < > " '), so `<img src=x>` in a
 *  catalog prints literally (case C19). */
std::string renderHtml(const Report& report);

/** The ranked table as RFC 4180 CSV (CRLF line ends, UTF-8, no BOM): one header row, one
 *  row per ranked alternative: rank, tied, id, name, kind, vendor, score, score_low,
 *  score_high (points, 4 decimals), coverage ([0, 1]), dominated_by, then one
 *  `contribution:<criterion id>` column per weighted criterion (points). Numbers are
 *  locale-free ('.' decimals, no grouping). A field with a comma, quote, CR or LF is quoted;
 *  a text field that starts with = + - @ TAB or CR gets a leading ' so that a spreadsheet
 *  never runs it as a formula (numbers written by the renderer are left as they are). */
std::string renderCsv(const Report& report);

/** The whole report model as JSON (nlohmann::ordered_json, two-space indent, UTF-8, keys
 *  in a fixed order; shape in docs/report-format.md). Numbers are raw (rounded to 9
 *  decimals so that the last bit of a double never changes a file); catalog text is raw. */
std::string renderJson(const Report& report);

/** Markdown escaping of one piece of text (as renderMarkdown does it). */
std::string escapeMarkdown(std::string_view text);

/** HTML escaping of one piece of text: & < > " ' become entities. */
std::string escapeHtml(std::string_view text);

/** The colour ("#2f6db5") of the k-th weighted criterion in charts; HTML and PDF share it. */
const char* reportPaletteColor(std::size_t index);

/** One CSV field: formula neutralised (unless `isNumber`) and quoted when needed. */
std::string csvField(std::string_view text, bool isNumber = false);

} // namespace ms
