// SPDX-License-Identifier: MIT
#include "core/report/renderers.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/report/reporttext.h"

namespace ms {

namespace {

using nlohmann::ordered_json;

// ---- Shared helpers -------------------------------------------------------------------

std::string score(const Report& r, double points)
{
    return formatNumber(points, 1, r.language);
}

std::string interval(const Report& r, double low, double high)
{
    if (high - low <= 1e-9)
        return {};
    return formatNumber(low, 1, r.language) + "–" + formatNumber(high, 1, r.language);
}

std::string rankText(const ReportRow& row)
{
    return std::to_string(row.rank) + (row.tied ? "=" : "");
}

std::string weightsLine(const Report& r)
{
    std::string out;
    for (const ReportWeight& w : r.scenario.weights)
        out += (out.empty() ? "" : ", ") + w.label + " " + formatPercent(w.weight, 1, r.language);
    return out.empty() ? reportTexts(r.language).none : out;
}

std::string constraintsLine(const Report& r)
{
    std::string out;
    for (const std::string& c : r.scenario.constraints)
        out += (out.empty() ? "" : "; ") + c;
    return out.empty() ? reportTexts(r.language).none : out;
}

std::string generatedLine(const Report& r)
{
    const ReportTexts& t = reportTexts(r.language);
    std::string out = t.generated + " " + r.generatedAtText;
    if (!r.appVersion.empty())
        out += " · ModelScout " + r.appVersion;
    return out;
}

std::string catalogLine(const Report& r)
{
    const ReportTexts& t = reportTexts(r.language);
    return t.catalog + ": " + r.catalogTitle + " · " + t.catalogVersion + " " + r.catalogVersion + " · " + t.dataAsOf
        + " " + r.catalogAsOf;
}

std::string profileLine(const Report& r)
{
    if (r.scenario.profileId.empty())
        return r.scenario.profileLabel;
    return r.scenario.profileId + " — " + r.scenario.profileLabel;
}

std::string factNote(const Report& r, const ReportFact& f)
{
    const ReportTexts& t = reportTexts(r.language);
    if (f.estimate)
        return f.note.empty() ? t.estimate : t.estimate + ": " + f.note;
    return f.note;
}

std::string stabilityRange(const Report& r, double low, double high)
{
    return formatPercent(low, 1, r.language) + " – " + formatPercent(high, 1, r.language);
}

std::string winTitle(const Report& r, const ReportSensitivity& s)
{
    return fillTemplate(reportTexts(r.language).winProbabilities,
        { { "samples", formatNumber(static_cast<double>(s.samples), 0, r.language) },
            { "seed", std::to_string(s.seed) } });
}

std::size_t zeroChances(const ReportSensitivity& s)
{
    return static_cast<std::size_t>(std::count_if(
        s.winProbabilities.begin(), s.winProbabilities.end(), [](const auto& w) { return !(w.probability > 0.0); }));
}

/** Criterion colours shared by the HTML bars and the PDF charts. */
constexpr std::array<const char*, 12> kPalette = { "#2f6db5", "#e07b39", "#3a9d5d", "#c2413b", "#7d5ba6", "#8c6d46",
    "#d46aa6", "#6b7b8c", "#b5a22c", "#2aa3b5", "#5a8f29", "#a04f7a" };

// ---- Markdown -------------------------------------------------------------------------

bool startsWithIgnoreCase(std::string_view text, std::size_t at, std::string_view prefix)
{
    if (at + prefix.size() > text.size())
        return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        char c = text[at + i];
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
        if (c != prefix[i])
            return false;
    }
    return true;
}

/** A paragraph: escaped, and never read as a list item, heading rule or code block. */
std::string mdParagraph(std::string_view text)
{
    std::size_t start = 0;
    while (start < text.size() && (text[start] == ' ' || text[start] == '\t' || text[start] == '\n'))
        ++start;
    std::string out = escapeMarkdown(text.substr(start));
    if (out.empty())
        return out;
    if (out[0] == '-' || out[0] == '+' || out[0] == '=')
        return "\\" + out;
    std::size_t digits = 0;
    while (digits < out.size() && out[digits] >= '0' && out[digits] <= '9')
        ++digits;
    if (digits > 0 && digits < out.size() && (out[digits] == '.' || out[digits] == ')'))
        out.insert(digits, "\\");
    return out;
}

std::string mdCell(std::string_view text)
{
    const std::string cell = escapeMarkdown(text);
    return cell.empty() ? " " : cell;
}

/** A pipe table; `right` marks right-aligned columns. Cells are escaped here. */
std::string mdTable(const std::vector<std::string>& header, const std::vector<bool>& right,
    const std::vector<std::vector<std::string>>& rows)
{
    std::string out = "|";
    for (const std::string& h : header)
        out += " " + mdCell(h) + " |";
    out += "\n|";
    for (std::size_t c = 0; c < header.size(); ++c)
        out += (c < right.size() && right[c]) ? "---:|" : "---|";
    out += "\n";
    for (const auto& row : rows) {
        out += "|";
        for (const std::string& cell : row)
            out += " " + mdCell(cell) + " |";
        out += "\n";
    }
    return out;
}

// ---- HTML -----------------------------------------------------------------------------

const char* kCss
    = R"(body{font-family:"DejaVu Sans",Verdana,Arial,sans-serif;color:#1f2933;max-width:60em;margin:0 auto;padding:0 1.2em 2em;font-size:14px;line-height:1.45}
header.band{background:#1f3a5f;color:#fff;padding:1em 1.2em;margin:0 -1.2em 1em}
header.band h1{margin:0 0 .3em;font-size:1.6em}
header.band p{margin:.1em 0;color:#c9d6e8}
h2{color:#1f3a5f;border-bottom:1px solid #c8d0da;padding-bottom:.2em;margin-top:1.6em}
h3{margin:1.1em 0 .2em}
p.recommendation{background:#e8f1e4;padding:.8em 1em;font-size:1.15em;border-left:4px solid #3a9d5d}
p.stale{background:#fdf3dc;padding:.5em 1em;border-left:4px solid #d99a1e}
p.muted,.muted{color:#5b6673;font-size:.9em}
table{border-collapse:collapse;width:100%;margin:.4em 0}
th{background:#2f5580;color:#fff;text-align:left;padding:.35em .5em;font-weight:bold}
td{padding:.3em .5em;vertical-align:top;border-bottom:1px solid #e3e8ef}
tr:nth-child(even) td{background:#f4f6fa}
td.num,th.num{text-align:right;white-space:nowrap}
table.kv td:first-child{color:#5b6673;width:11em}
div.bar{display:flex;height:1.1em;background:#eef2f7;width:100%;min-width:12em}
div.bar span{display:block;height:100%}
ul.legend{list-style:none;padding:0;margin:.3em 0;display:flex;flex-wrap:wrap;gap:.3em 1.2em;font-size:.9em}
ul.legend li span{display:inline-block;width:.9em;height:.9em;margin-right:.35em;vertical-align:-.1em}
.tag{font-size:.85em;color:#5b6673}
)";

std::string h(std::string_view text)
{
    return escapeHtml(text);
}

std::string htmlTable(const std::vector<std::string>& header, const std::vector<bool>& numeric,
    const std::vector<std::vector<std::string>>& rowsHtml)
{
    std::string out = "<table><thead><tr>";
    for (std::size_t c = 0; c < header.size(); ++c)
        out += std::string(c < numeric.size() && numeric[c] ? "<th class=\"num\">" : "<th>") + h(header[c]) + "</th>";
    out += "</tr></thead><tbody>\n";
    for (const auto& row : rowsHtml) {
        out += "<tr>";
        for (std::size_t c = 0; c < row.size(); ++c)
            out += std::string(c < numeric.size() && numeric[c] ? "<td class=\"num\">" : "<td>") + row[c] + "</td>";
        out += "</tr>\n";
    }
    return out + "</tbody></table>\n";
}

std::string htmlBar(const ReportRow& row)
{
    std::string out = "<div class=\"bar\">";
    for (std::size_t k = 0; k < row.contributions.size(); ++k) {
        const double width = std::clamp(row.contributions[k], 0.0, 100.0);
        if (width <= 0.0)
            continue;
        out += "<span style=\"width:" + formatPlain(width, 3) + "%;background:" + kPalette[k % kPalette.size()]
            + "\"></span>";
    }
    return out + "</div>";
}

// ---- JSON -----------------------------------------------------------------------------

double roundJson(double value)
{
    if (!std::isfinite(value))
        return value;
    const double r = std::round(value * 1e9) / 1e9;
    return r == 0.0 ? 0.0 : r; // never -0
}

ordered_json num(double value)
{
    if (!std::isfinite(value))
        return nullptr;
    return roundJson(value);
}

ordered_json optNum(const std::optional<double>& value)
{
    return value ? num(*value) : ordered_json(nullptr);
}

ordered_json factValueJson(const FactValue& value)
{
    switch (value.kind) {
    case FactValue::Kind::Unknown:
        return nullptr;
    case FactValue::Kind::Boolean:
        return value.boolean;
    case FactValue::Kind::Number:
        return num(value.number);
    case FactValue::Kind::Unlimited:
        return "unlimited";
    case FactValue::Kind::Text:
        return value.text;
    }
    return nullptr;
}

ordered_json reasonJson(const ReportReason& r)
{
    return ordered_json { { "criterion_id", r.criterionId }, { "criterion", r.criterion },
        { "value_text", r.valueText }, { "weight", num(r.weight) }, { "utility", num(r.utility) },
        { "points", num(r.points) }, { "max_points", num(r.maxPoints) }, { "missing", r.missing }, { "text", r.text } };
}

} // namespace

const char* reportPaletteColor(std::size_t index)
{
    return kPalette[index % kPalette.size()];
}

std::string escapeMarkdown(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + 8);
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\r') {
            if (i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
            out += ' ';
            continue;
        }
        if (c == '\n' || c == '\t') {
            out += ' ';
            continue;
        }
        switch (c) {
        case '\\':
        case '`':
        case '*':
        case '_':
        case '[':
        case ']':
        case '<':
        case '>':
        case '|':
        case '#':
        case '~':
        case '&':
        case '!':
        case '@':
        case '$':
            out += '\\';
            out += c;
            continue;
        default:
            break;
        }
        if (c == ':' && text.substr(i + 1, 2) == "//") { // no autolink from "https://"
            out += "\\:";
            continue;
        }
        if (startsWithIgnoreCase(text, i, "www.")) { // no autolink from "www."
            out.append(text.substr(i, 3));
            out += "\\.";
            i += 3;
            continue;
        }
        out += c;
    }
    return out;
}

std::string escapeHtml(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + 16);
    for (const char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out += c;
            break;
        }
    }
    return out;
}

std::string csvField(std::string_view text, bool isNumber)
{
    std::string value(text);
    if (!isNumber && !value.empty()
        && (value[0] == '=' || value[0] == '+' || value[0] == '-' || value[0] == '@' || value[0] == '\t'
            || value[0] == '\r'))
        value.insert(0, "'");
    if (value.find_first_of(",\"\r\n") == std::string::npos)
        return value;
    std::string out = "\"";
    for (const char c : value) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + "\"";
}

std::string renderMarkdown(const Report& r)
{
    const ReportTexts& t = reportTexts(r.language);
    std::string out;
    out += "# " + escapeMarkdown(r.title) + "\n\n";
    out += mdParagraph(generatedLine(r)) + "  \n" + mdParagraph(catalogLine(r)) + "\n\n";
    out += mdParagraph(r.staleText) + "\n\n";

    out += "## " + escapeMarkdown(t.recommendationHeading) + "\n\n";
    out += "**" + mdParagraph(r.recommendation) + "**\n\n";

    out += "## " + escapeMarkdown(t.scenario) + "\n\n";
    std::vector<std::vector<std::string>> kv;
    kv.push_back({ t.profile, profileLine(r) });
    kv.push_back({ t.method, r.scenario.methodText });
    kv.push_back({ t.normalisation, r.scenario.normalisationText });
    kv.push_back({ t.unknownFacts, r.scenario.missingText });
    kv.push_back({ t.weights, weightsLine(r) });
    kv.push_back({ t.constraints, constraintsLine(r) });
    if (r.scenario.usage)
        kv.push_back({ t.usage, r.scenario.usage->text });
    out += mdTable({ t.scenario, "" }, { false, false }, kv) + "\n";

    out += "## " + escapeMarkdown(t.ranking) + "\n\n";
    if (r.rows.empty()) {
        out += mdParagraph(r.recommendation) + "\n\n";
    } else {
        std::vector<std::vector<std::string>> rows;
        for (const ReportRow& row : r.rows)
            rows.push_back({ rankText(row), row.name, row.kindLabel, row.vendor, score(r, row.score),
                interval(r, row.scoreLow, row.scoreHigh), formatPercent(row.coverage, 0, r.language),
                row.dominatedByName });
        out += mdTable({ t.rank, t.alternative, t.kind, t.vendor, t.score, t.interval, t.coverage, t.dominatedBy },
            { true, false, false, false, true, true, true, false }, rows);
        out += "\n" + mdParagraph(t.rankingNote);
        if (std::any_of(r.rows.begin(), r.rows.end(), [](const ReportRow& row) { return row.tied; }))
            out += " " + escapeMarkdown(t.tieNote);
        out += "\n\n";
    }

    if (!r.top.empty()) {
        out += "## " + escapeMarkdown(fillTemplate(t.topDetail, { { "n", std::to_string(r.top.size()) } })) + "\n\n";
        for (const ReportTopEntry& e : r.top) {
            out += "### " + std::to_string(e.rank) + "\\. " + escapeMarkdown(e.name) + "\n\n";
            std::string meta = e.kindLabel;
            if (!e.vendor.empty())
                meta += " · " + e.vendor;
            meta += " · "
                + fillTemplate(t.scoreLine,
                    { { "score", score(r, e.score) }, { "coverage", formatPercent(e.coverage, 0, r.language) } });
            out += mdParagraph(meta) + "\n\n";
            auto list = [&](const std::vector<ReportReason>& reasons, const std::string& empty) {
                std::string s;
                for (const ReportReason& reason : reasons)
                    s += (s.empty() ? "" : "; ") + reason.text;
                return s.empty() ? empty : s;
            };
            out += "- **" + escapeMarkdown(t.strongest) + ":** " + escapeMarkdown(list(e.strongest, t.noStrength))
                + "\n";
            out += "- **" + escapeMarkdown(t.weakest) + ":** " + escapeMarkdown(list(e.weakest, t.noWeakness)) + "\n";
            if (e.cost)
                out += "- " + escapeMarkdown(e.cost->text) + "\n";
            out += "\n";
        }
    }

    out += "## " + escapeMarkdown(t.excluded) + "\n\n";
    if (r.excluded.empty()) {
        out += mdParagraph(t.excludedNone) + "\n\n";
    } else {
        std::vector<std::vector<std::string>> rows;
        for (const ReportExclusion& e : r.excluded)
            rows.push_back({ e.name, e.reason });
        out += mdTable({ t.alternative, t.fails }, { false, false }, rows) + "\n";
    }

    out += "## " + escapeMarkdown(t.dominated) + "\n\n";
    if (r.dominated.empty()) {
        out += mdParagraph(t.dominatedNone) + "\n\n";
    } else {
        for (const ReportDominated& d : r.dominated)
            out += "- " + escapeMarkdown(d.text) + "\n";
        out += "\n";
    }

    out += "## " + escapeMarkdown(t.sensitivity) + "\n\n";
    if (!r.sensitivity) {
        out += mdParagraph(t.sensitivityOff) + "\n\n";
    } else {
        const ReportSensitivity& s = *r.sensitivity;
        if (!s.stability.empty()) {
            std::vector<std::vector<std::string>> rows;
            for (const ReportStability& st : s.stability)
                rows.push_back({ st.criterion, formatPercent(st.weight, 1, r.language),
                    stabilityRange(r, st.lowTop, st.highTop), stabilityRange(r, st.lowTopThree, st.highTopThree) });
            out += mdTable({ t.criterion, t.weight, t.topStays, t.topThreeKeep }, { false, true, false, false }, rows);
            out += "\n" + mdParagraph(t.stabilityNote) + "\n\n";
        }
        if (!s.runnerUpText.empty())
            out += mdParagraph(s.runnerUpText) + "\n\n";
        for (const std::string& remark : s.remarks)
            out += mdParagraph(remark) + "\n\n";
        if (!s.winProbabilities.empty()) {
            out += "**" + mdParagraph(winTitle(r, s)) + "**\n\n";
            std::vector<std::vector<std::string>> rows;
            for (const ReportWinProbability& w : s.winProbabilities)
                if (w.probability > 0.0)
                    rows.push_back({ w.name, formatPercent(w.probability, 1, r.language) });
            out += mdTable({ t.alternative, t.probability }, { false, true }, rows);
            if (const std::size_t zero = zeroChances(s); zero > 0)
                out += "\n" + mdParagraph(fillTemplate(t.othersNeverFirst, { { "count", std::to_string(zero) } }))
                    + "\n";
            out += "\n";
        }
    }

    out += "## " + escapeMarkdown(t.factsUsed) + "\n\n";
    out += mdParagraph(t.factsIntro) + "\n\n";
    if (!r.facts.empty()) {
        std::vector<std::vector<std::string>> rows;
        for (const ReportFact& f : r.facts)
            rows.push_back({ f.alternative, f.criterion, f.valueText, f.source, f.asOf, factNote(r, f) });
        out += mdTable({ t.alternative, t.criterion, t.value, t.source, t.asOf, t.note },
                   { false, false, false, false, false, false }, rows)
            + "\n";
    }

    out += "## " + escapeMarkdown(t.methodAppendix) + "\n\n";
    for (const std::string& p : r.method.paragraphs)
        out += mdParagraph(p) + "\n\n";
    out += "### " + escapeMarkdown(t.criteriaBounds) + "\n\n";
    {
        std::vector<std::vector<std::string>> rows;
        for (const ReportCriterion& c : r.method.criteria)
            rows.push_back({ c.label,
                c.type == "numeric"       ? t.typeNumeric
                    : c.type == "boolean" ? t.typeBoolean
                                          : t.typeOrdinal,
                c.direction == "cost" ? t.lowerIsBetter : t.higherIsBetter, c.boundsText,
                formatPercent(c.weight, 1, r.language) });
        out += mdTable(
                   { t.criterion, t.type, t.direction, t.bounds, t.weight }, { false, false, false, false, true }, rows)
            + "\n";
    }
    out += "### " + escapeMarkdown(t.references) + "\n\n";
    for (const std::string& ref : r.method.references)
        out += "- " + escapeMarkdown(ref) + "\n";
    out += "\n### " + escapeMarkdown(t.sources) + "\n\n";
    if (r.method.sources.empty())
        out += mdParagraph(t.noSources) + "\n";
    for (const ReportSource& s : r.method.sources) {
        std::string item = escapeMarkdown(s.title);
        if (!s.date.empty())
            item += " — " + escapeMarkdown(s.date);
        if (!s.url.empty())
            item += " — " + escapeMarkdown(s.url);
        out += "- " + item + "\n";
    }
    return out;
}

std::string renderHtml(const Report& r)
{
    const ReportTexts& t = reportTexts(r.language);
    std::string out;
    out += "<!DOCTYPE html>\n<html lang=\"" + h(r.language) + "\">\n<head>\n<meta charset=\"utf-8\">\n";
    out += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n";
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out += "<title>" + h(r.title) + " · " + h(r.catalogTitle) + "</title>\n<style>\n" + kCss
        + "</style>\n</head>\n<body>\n";
    out += "<header class=\"band\"><h1>" + h(r.title) + "</h1><p>" + h(catalogLine(r)) + "</p><p>" + h(generatedLine(r))
        + "</p></header>\n";

    out += "<h2>" + h(t.recommendationHeading) + "</h2>\n";
    out += "<p class=\"recommendation\">" + h(r.recommendation) + "</p>\n";
    out += std::string(r.staleFactCount > 0 ? "<p class=\"stale\">" : "<p class=\"muted\">") + h(r.staleText)
        + "</p>\n";

    out += "<h2>" + h(t.scenario) + "</h2>\n<table class=\"kv\"><tbody>\n";
    auto kv = [&](const std::string& key, const std::string& value) {
        out += "<tr><td>" + h(key) + "</td><td>" + h(value) + "</td></tr>\n";
    };
    kv(t.profile, profileLine(r));
    kv(t.method, r.scenario.methodText);
    kv(t.normalisation, r.scenario.normalisationText);
    kv(t.unknownFacts, r.scenario.missingText);
    kv(t.weights, weightsLine(r));
    kv(t.constraints, constraintsLine(r));
    if (r.scenario.usage)
        kv(t.usage, r.scenario.usage->text);
    out += "</tbody></table>\n";

    out += "<h2>" + h(t.ranking) + "</h2>\n";
    if (!r.rows.empty()) {
        std::vector<std::vector<std::string>> rows;
        for (const ReportRow& row : r.rows)
            rows.push_back({ h(rankText(row)), "<b>" + h(row.name) + "</b>", h(row.kindLabel), h(row.vendor),
                "<b>" + h(score(r, row.score)) + "</b>", h(interval(r, row.scoreLow, row.scoreHigh)),
                h(formatPercent(row.coverage, 0, r.language)), h(row.dominatedByName) });
        out += htmlTable({ t.rank, t.alternative, t.kind, t.vendor, t.score, t.interval, t.coverage, t.dominatedBy },
            { true, false, false, false, true, true, true, false }, rows);
        std::string note = t.rankingNote;
        if (std::any_of(r.rows.begin(), r.rows.end(), [](const ReportRow& row) { return row.tied; }))
            note += " " + t.tieNote;
        out += "<p class=\"muted\">" + h(note) + "</p>\n";

        // Where the points come from: stacked contribution bars of the top five.
        const std::size_t bars = std::min<std::size_t>(5, r.rows.size());
        out += "<h3>" + h(r.scenario.method == "wsm" ? t.contributionsChart : t.weightedValuesChart) + "</h3>\n";
        std::vector<std::vector<std::string>> barRows;
        for (std::size_t i = 0; i < bars; ++i)
            barRows.push_back({ h(r.rows[i].name), htmlBar(r.rows[i]), h(score(r, r.rows[i].score)) });
        out += htmlTable({ t.alternative, t.points, t.score }, { false, false, true }, barRows);
        out += "<ul class=\"legend\">";
        for (std::size_t k = 0; k < r.scenario.weights.size(); ++k)
            out += "<li><span style=\"background:" + std::string(kPalette[k % kPalette.size()]) + "\"></span>"
                + h(r.scenario.weights[k].label) + "</li>";
        out += "</ul>\n";
    }

    if (!r.top.empty()) {
        out += "<h2>" + h(fillTemplate(t.topDetail, { { "n", std::to_string(r.top.size()) } })) + "</h2>\n";
        for (const ReportTopEntry& e : r.top) {
            out += "<h3>" + std::to_string(e.rank) + ". " + h(e.name) + "</h3>\n";
            std::string meta = e.kindLabel;
            if (!e.vendor.empty())
                meta += " · " + e.vendor;
            meta += " · "
                + fillTemplate(t.scoreLine,
                    { { "score", score(r, e.score) }, { "coverage", formatPercent(e.coverage, 0, r.language) } });
            out += "<p class=\"muted\">" + h(meta) + "</p>\n<ul>\n";
            auto list
                = [&](const std::string& label, const std::vector<ReportReason>& reasons, const std::string& empty) {
                      out += "<li><b>" + h(label) + ":</b> ";
                      if (reasons.empty())
                          out += h(empty);
                      for (std::size_t i = 0; i < reasons.size(); ++i)
                          out += (i ? "; " : "") + h(reasons[i].text);
                      out += "</li>\n";
                  };
            list(t.strongest, e.strongest, t.noStrength);
            list(t.weakest, e.weakest, t.noWeakness);
            if (e.cost)
                out += "<li>" + h(e.cost->text) + "</li>\n";
            out += "</ul>\n";
        }
    }

    out += "<h2>" + h(t.excluded) + "</h2>\n";
    if (r.excluded.empty()) {
        out += "<p>" + h(t.excludedNone) + "</p>\n";
    } else {
        std::vector<std::vector<std::string>> rows;
        for (const ReportExclusion& e : r.excluded)
            rows.push_back({ h(e.name), h(e.reason) });
        out += htmlTable({ t.alternative, t.fails }, { false, false }, rows);
    }

    out += "<h2>" + h(t.dominated) + "</h2>\n";
    if (r.dominated.empty()) {
        out += "<p>" + h(t.dominatedNone) + "</p>\n";
    } else {
        out += "<ul>\n";
        for (const ReportDominated& d : r.dominated)
            out += "<li>" + h(d.text) + "</li>\n";
        out += "</ul>\n";
    }

    out += "<h2>" + h(t.sensitivity) + "</h2>\n";
    if (!r.sensitivity) {
        out += "<p>" + h(t.sensitivityOff) + "</p>\n";
    } else {
        const ReportSensitivity& s = *r.sensitivity;
        if (!s.stability.empty()) {
            std::vector<std::vector<std::string>> rows;
            for (const ReportStability& st : s.stability)
                rows.push_back({ h(st.criterion), h(formatPercent(st.weight, 1, r.language)),
                    h(stabilityRange(r, st.lowTop, st.highTop)),
                    h(stabilityRange(r, st.lowTopThree, st.highTopThree)) });
            out += htmlTable(
                { t.criterion, t.weight, t.topStays, t.topThreeKeep }, { false, true, false, false }, rows);
            out += "<p class=\"muted\">" + h(t.stabilityNote) + "</p>\n";
        }
        if (!s.runnerUpText.empty())
            out += "<p>" + h(s.runnerUpText) + "</p>\n";
        for (const std::string& remark : s.remarks)
            out += "<p class=\"muted\">" + h(remark) + "</p>\n";
        if (!s.winProbabilities.empty()) {
            out += "<h3>" + h(winTitle(r, s)) + "</h3>\n";
            std::vector<std::vector<std::string>> rows;
            for (const ReportWinProbability& w : s.winProbabilities) {
                if (!(w.probability > 0.0))
                    continue;
                rows.push_back({ h(w.name),
                    "<div class=\"bar\"><span style=\"width:" + formatPlain(100.0 * w.probability, 3)
                        + "%;background:#2f6db5\"></span></div>",
                    h(formatPercent(w.probability, 1, r.language)) });
            }
            out += htmlTable({ t.alternative, "", t.probability }, { false, false, true }, rows);
            if (const std::size_t zero = zeroChances(s); zero > 0)
                out += "<p class=\"muted\">"
                    + h(fillTemplate(t.othersNeverFirst, { { "count", std::to_string(zero) } })) + "</p>\n";
        }
    }

    out += "<h2>" + h(t.factsUsed) + "</h2>\n<p class=\"muted\">" + h(t.factsIntro) + "</p>\n";
    if (!r.facts.empty()) {
        std::vector<std::vector<std::string>> rows;
        for (const ReportFact& f : r.facts)
            rows.push_back(
                { h(f.alternative), h(f.criterion), h(f.valueText), h(f.source), h(f.asOf), h(factNote(r, f)) });
        out += htmlTable({ t.alternative, t.criterion, t.value, t.source, t.asOf, t.note },
            { false, false, false, false, false, false }, rows);
    }

    out += "<h2>" + h(t.methodAppendix) + "</h2>\n";
    for (const std::string& p : r.method.paragraphs)
        out += "<p>" + h(p) + "</p>\n";
    out += "<h3>" + h(t.criteriaBounds) + "</h3>\n";
    {
        std::vector<std::vector<std::string>> rows;
        for (const ReportCriterion& c : r.method.criteria)
            rows.push_back({ h(c.label),
                h(c.type == "numeric"         ? t.typeNumeric
                        : c.type == "boolean" ? t.typeBoolean
                                              : t.typeOrdinal),
                h(c.direction == "cost" ? t.lowerIsBetter : t.higherIsBetter), h(c.boundsText),
                h(formatPercent(c.weight, 1, r.language)) });
        out += htmlTable(
            { t.criterion, t.type, t.direction, t.bounds, t.weight }, { false, false, false, false, true }, rows);
    }
    out += "<h3>" + h(t.references) + "</h3>\n<ul>\n";
    for (const std::string& ref : r.method.references)
        out += "<li>" + h(ref) + "</li>\n";
    out += "</ul>\n<h3>" + h(t.sources) + "</h3>\n";
    if (r.method.sources.empty())
        out += "<p>" + h(t.noSources) + "</p>\n";
    else {
        out += "<ul>\n";
        for (const ReportSource& s : r.method.sources) {
            // URLs are text, never links (case C19).
            out += "<li>" + h(s.title);
            if (!s.date.empty())
                out += " — " + h(s.date);
            if (!s.url.empty())
                out += "<br><span class=\"tag\">" + h(s.url) + "</span>";
            out += "</li>\n";
        }
        out += "</ul>\n";
    }
    out += "</body>\n</html>\n";
    return out;
}

std::string renderCsv(const Report& r)
{
    const std::string eol = "\r\n";
    std::string out;
    std::vector<std::string> header = { "rank", "tied", "id", "name", "kind", "vendor", "score", "score_low",
        "score_high", "coverage", "dominated_by" };
    for (const ReportWeight& w : r.scenario.weights)
        header.push_back("contribution:" + w.criterionId);
    for (std::size_t i = 0; i < header.size(); ++i)
        out += (i ? "," : "") + csvField(header[i]);
    out += eol;
    for (const ReportRow& row : r.rows) {
        std::string line = std::to_string(row.rank) + "," + (row.tied ? "true" : "false") + ","
            + csvField(row.alternativeId) + "," + csvField(row.name) + "," + csvField(row.kind) + ","
            + csvField(row.vendor) + "," + csvField(formatPlain(row.score, 4), true) + ","
            + csvField(formatPlain(row.scoreLow, 4), true) + "," + csvField(formatPlain(row.scoreHigh, 4), true) + ","
            + csvField(formatPlain(row.coverage, 4), true) + "," + csvField(row.dominatedById);
        for (const double c : row.contributions)
            line += "," + csvField(formatPlain(c, 4), true);
        out += line + eol;
    }
    return out;
}

std::string renderJson(const Report& r)
{
    ordered_json root;
    root["format"] = "modelscout-report";
    root["format_version"] = 1;
    root["language"] = r.language;
    root["title"] = r.title;
    root["generated_at"] = r.generatedAt;
    root["generated_at_text"] = r.generatedAtText;
    root["app_version"] = r.appVersion;
    root["catalog"] = { { "title", r.catalogTitle }, { "version", r.catalogVersion }, { "as_of", r.catalogAsOf },
        { "alternatives", r.alternativeCount }, { "facts", r.factCount }, { "stale_facts", r.staleFactCount },
        { "stale_text", r.staleText } };

    ordered_json scenario;
    scenario["profile_id"] = r.scenario.profileId;
    scenario["profile_label"] = r.scenario.profileLabel;
    scenario["method"] = r.scenario.method;
    scenario["method_text"] = r.scenario.methodText;
    scenario["normalisation"] = r.scenario.normalisation;
    scenario["normalisation_text"] = r.scenario.normalisationText;
    scenario["missing"] = r.scenario.missing;
    scenario["missing_text"] = r.scenario.missingText;
    ordered_json weights = ordered_json::array();
    for (const ReportWeight& w : r.scenario.weights)
        weights.push_back({ { "criterion_id", w.criterionId }, { "criterion", w.label }, { "unit", w.unit },
            { "direction", w.direction }, { "weight", num(w.weight) } });
    scenario["weights"] = weights;
    scenario["constraints"] = r.scenario.constraints;
    if (r.scenario.usage) {
        const ReportUsage& u = *r.scenario.usage;
        scenario["usage"] = { { "monthly_active_players", num(u.monthlyActivePlayers) },
            { "sessions_per_player_per_month", num(u.sessionsPerPlayerPerMonth) },
            { "messages_per_session", num(u.messagesPerSession) },
            { "input_tokens_per_message", num(u.inputTokensPerMessage) },
            { "output_tokens_per_message", num(u.outputTokensPerMessage) }, { "payer", u.payer }, { "text", u.text } };
    } else {
        scenario["usage"] = nullptr;
    }
    root["scenario"] = scenario;

    root["recommendation"] = { { "text", r.recommendation }, { "leaders", r.leaderIds }, { "gap", optNum(r.gap) },
        { "score_out_of_100", r.scoreOutOf100 } };

    ordered_json rows = ordered_json::array();
    for (const ReportRow& row : r.rows) {
        ordered_json contributions = ordered_json::object();
        ordered_json utilities = ordered_json::object();
        for (std::size_t k = 0; k < r.scenario.weights.size(); ++k) {
            contributions[r.scenario.weights[k].criterionId]
                = num(k < row.contributions.size() ? row.contributions[k] : 0.0);
            utilities[r.scenario.weights[k].criterionId] = num(k < row.utilities.size() ? row.utilities[k] : 0.0);
        }
        rows.push_back({ { "rank", row.rank }, { "tied", row.tied }, { "id", row.alternativeId }, { "name", row.name },
            { "kind", row.kind }, { "kind_label", row.kindLabel }, { "vendor", row.vendor },
            { "score", num(row.score) }, { "score_low", num(row.scoreLow) }, { "score_high", num(row.scoreHigh) },
            { "coverage", num(row.coverage) },
            { "dominated_by", row.dominatedById.empty() ? ordered_json(nullptr) : ordered_json(row.dominatedById) },
            { "contributions", contributions }, { "utilities", utilities } });
    }
    root["ranking"] = rows;

    ordered_json top = ordered_json::array();
    for (const ReportTopEntry& e : r.top) {
        ordered_json strongest = ordered_json::array();
        for (const ReportReason& reason : e.strongest)
            strongest.push_back(reasonJson(reason));
        ordered_json weakest = ordered_json::array();
        for (const ReportReason& reason : e.weakest)
            weakest.push_back(reasonJson(reason));
        ordered_json cost = nullptr;
        if (e.cost)
            cost = { { "author_usd_per_month", optNum(e.cost->authorUsdPerMonth) },
                { "player_usd_per_month", optNum(e.cost->playerUsdPerMonth) },
                { "cost_per_message_usd", optNum(e.cost->costPerMessageUsd) },
                { "free_tier_covers",
                    e.cost->freeTierCovers ? ordered_json(*e.cost->freeTierCovers) : ordered_json(nullptr) },
                { "text", e.cost->text }, { "detail", e.cost->detail } };
        top.push_back({ { "rank", e.rank }, { "id", e.alternativeId }, { "name", e.name },
            { "kind_label", e.kindLabel }, { "vendor", e.vendor }, { "score", num(e.score) },
            { "coverage", num(e.coverage) }, { "strongest", strongest }, { "weakest", weakest }, { "cost", cost } });
    }
    root["top"] = top;

    ordered_json excluded = ordered_json::array();
    for (const ReportExclusion& e : r.excluded)
        excluded.push_back(
            { { "id", e.alternativeId }, { "name", e.name }, { "constraint", e.constraint }, { "reason", e.reason } });
    root["excluded"] = excluded;

    ordered_json dominated = ordered_json::array();
    for (const ReportDominated& d : r.dominated)
        dominated.push_back({ { "id", d.alternativeId }, { "name", d.name }, { "by_id", d.byId },
            { "by_name", d.byName }, { "text", d.text } });
    root["dominated"] = dominated;

    if (r.sensitivity) {
        const ReportSensitivity& s = *r.sensitivity;
        ordered_json stability = ordered_json::array();
        for (const ReportStability& st : s.stability)
            stability.push_back({ { "criterion_id", st.criterionId }, { "criterion", st.criterion },
                { "weight", num(st.weight) }, { "top_low", num(st.lowTop) }, { "top_high", num(st.highTop) },
                { "top_three_low", num(st.lowTopThree) }, { "top_three_high", num(st.highTopThree) },
                { "equal_spread", st.equalSpread } });
        ordered_json runnerUp = nullptr;
        if (s.runnerUp)
            runnerUp = { { "id", s.runnerUp->alternativeId }, { "name", s.runnerUp->name },
                { "criterion_id", s.runnerUp->criterionId }, { "criterion", s.runnerUp->criterion },
                { "weight", num(s.runnerUp->weight) }, { "new_weight", num(s.runnerUp->newWeight) },
                { "change", num(s.runnerUp->change) } };
        ordered_json wins = ordered_json::array();
        for (const ReportWinProbability& w : s.winProbabilities)
            wins.push_back({ { "id", w.alternativeId }, { "name", w.name }, { "probability", num(w.probability) } });
        root["sensitivity"] = { { "method", s.method }, { "stability", stability }, { "runner_up", runnerUp },
            { "runner_up_text", s.runnerUpText }, { "win_probabilities", wins }, { "samples", s.samples },
            { "seed", s.seed }, { "note", s.note }, { "remarks", s.remarks } };
    } else {
        root["sensitivity"] = nullptr;
    }

    ordered_json facts = ordered_json::array();
    for (const ReportFact& f : r.facts)
        facts.push_back({ { "alternative_id", f.alternativeId }, { "alternative", f.alternative },
            { "criterion_id", f.criterionId }, { "criterion", f.criterion }, { "value", factValueJson(f.value) },
            { "value_text", f.valueText }, { "unit", f.unit }, { "source_id", f.sourceId }, { "source", f.source },
            { "as_of", f.asOf }, { "estimate", f.estimate }, { "note", f.note }, { "stale", f.stale } });
    root["facts"] = facts;

    ordered_json criteria = ordered_json::array();
    for (const ReportCriterion& c : r.method.criteria)
        criteria.push_back({ { "id", c.id }, { "label", c.label }, { "type", c.type }, { "direction", c.direction },
            { "unit", c.unit }, { "lower", num(c.lower) }, { "upper", num(c.upper) }, { "scale", c.scale },
            { "levels", c.levels }, { "bounds_text", c.boundsText }, { "weight", num(c.weight) } });
    ordered_json sources = ordered_json::array();
    for (const ReportSource& s : r.method.sources)
        sources.push_back({ { "id", s.id }, { "title", s.title }, { "url", s.url }, { "date", s.date } });
    root["method"] = { { "paragraphs", r.method.paragraphs }, { "criteria", criteria },
        { "references", r.method.references }, { "sources", sources } };
    return root.dump(2, ' ', false, ordered_json::error_handler_t::replace) + "\n";
}

} // namespace ms
