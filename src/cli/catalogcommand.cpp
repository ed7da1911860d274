// SPDX-License-Identifier: MIT
#include "cli/catalogcommand.h"

#include <charconv>
#include <cmath>
#include <filesystem>
#include <ostream>

#include <CLI/CLI.hpp>

#include "cli/rankcommand.h"
#include "core/catalog/layers.h"
#include "core/catalog/loader.h"
#include "core/catalog/staleness.h"
#include "core/util/paths.h"

namespace ms::cli {

namespace fs = std::filesystem;

namespace {

/** The bottom layer's path: the one asked for, or the bundled catalog (empty + a message). */
fs::path bottomLayer(const std::string& requested, std::ostream& err)
{
    if (!requested.empty())
        return requested;
    fs::path path = bundledCatalogPath();
    if (path.empty())
        err << "modelscout-cli: error: the bundled catalog was not found; name one with --catalog FILE "
               "or set MODELSCOUT_DATA_DIR to the folder that holds catalog.json\n";
    return path;
}

std::optional<Catalog> loadSingle(const std::string& requested, std::ostream& err)
{
    const fs::path path = bottomLayer(requested, err);
    if (path.empty())
        return std::nullopt;
    CatalogLoadResult result = loadCatalogFromFile(path);
    err << formatDiagnostics(result.diagnostics);
    if (!result.ok()) {
        err << "modelscout-cli: error: " << path.string() << " was not loaded (" << result.diagnostics.size()
            << (result.diagnostics.size() == 1 ? " problem" : " problems") << ")\n";
        return std::nullopt;
    }
    return std::move(result.catalog);
}

std::optional<LayeredCatalog> loadLayers(const std::string& requested, std::ostream& err)
{
    const fs::path path = bottomLayer(requested, err);
    if (path.empty())
        return std::nullopt;
    LayeredCatalog layered = loadLayeredCatalog(path, userDataDir());
    err << formatDiagnostics(layered.diagnostics);
    if (!layered.ok()) {
        err << "modelscout-cli: error: no catalog layer could be loaded\n";
        return std::nullopt;
    }
    return layered;
}

std::string plural(std::size_t n, const char* one, const char* many)
{
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

/** A number written with '.' as the decimal separator, whatever the locale (case C04). */
std::optional<double> parseNumber(const std::string& text)
{
    double value = 0;
    const char* first = text.data();
    const char* last = text.data() + text.size();
    if (first != last && *first == '+')
        return std::nullopt;
    const auto [end, ec] = std::from_chars(first, last, value, std::chars_format::general);
    if (ec != std::errc() || end != last || !std::isfinite(value))
        return std::nullopt;
    return value;
}

/** The value typed for criterion `c`, or an error message. */
std::optional<FactValue> criterionValue(const Criterion& c, const std::string& text, std::string& error)
{
    switch (c.type) {
    case CriterionType::Boolean:
        if (text == "true") return FactValue::ofBool(true);
        if (text == "false") return FactValue::ofBool(false);
        error = "expected true or false";
        break;
    case CriterionType::Numeric:
        if (c.allowUnlimited && text == "unlimited")
            return FactValue::unlimited();
        if (auto v = parseNumber(text))
            return FactValue::ofNumber(*v);
        error = std::string("expected a number with '.' as the decimal separator")
              + (c.allowUnlimited ? " or \"unlimited\"" : "");
        break;
    case CriterionType::Ordinal: {
        if (std::find(c.levels.begin(), c.levels.end(), text) != c.levels.end())
            return FactValue::ofText(text);
        std::string levels;
        for (const auto& l : c.levels)
            levels += (levels.empty() ? "" : ", ") + l;
        error = "expected one of " + levels;
        break;
    }
    }
    return std::nullopt;
}

FactValue detailValue(const std::string& text)
{
    if (text == "true") return FactValue::ofBool(true);
    if (text == "false") return FactValue::ofBool(false);
    if (auto v = parseNumber(text)) return FactValue::ofNumber(*v);
    return FactValue::ofText(text);
}

bool isDateText(std::string_view s)
{
    // YYYY-MM or YYYY-MM-DD as in catalogs; monthsOld accepts exactly those.
    return monthsOld(s, "2000-01-01").has_value();
}

} // namespace

std::optional<Catalog> loadLayeredForCli(const std::string& bottomPath, std::ostream& err)
{
    auto layered = loadLayers(bottomPath, err);
    if (!layered)
        return std::nullopt;
    return std::move(layered->catalog);
}

CatalogCommand addCatalogCommand(CLI::App& app, CatalogCommandOptions& options)
{
    CatalogCommand c;
    c.group = app.add_subcommand("catalog", "Catalog layers, your own figures and stale facts");
    c.group->require_subcommand(1);

    c.stale = c.group->add_subcommand("stale", "List the facts older than a threshold (default 12 months)");
    c.stale->add_option("--catalog", options.catalogPath, "Catalog JSON file (default: the bundled catalog)");
    c.stale->add_flag("--with-user-data", options.withUserData,
                      "Add the update, imported catalogs and your overrides from the user data folder");
    c.stale->add_option("--months", options.months, "Threshold in months")
        ->check(CLI::NonNegativeNumber)
        ->capture_default_str();
    c.stale->add_option("--today", options.today, "Today's date, YYYY-MM-DD (default: today in UTC)");

    c.override_ = c.group->add_subcommand("override", "Set your own figure for one fact; it wins over every catalog layer");
    c.override_->add_option("alternative", options.alternative, "Alternative id (e.g. inworld)")->required();
    c.override_->add_option("criterion", options.criterion, "Criterion id (e.g. player_cost), or a detail key")->required();
    c.override_->add_option("value", options.value,
                            "true/false, a number with '.' (or unlimited where allowed), or a level")->required();
    c.override_->add_option("--note", options.note, "Why, e.g. \"my plan\"");
    c.override_->add_option("--as-of", options.asOf, "Date of the figure, YYYY-MM or YYYY-MM-DD (default: today, UTC)");
    c.override_->add_option("--catalog", options.catalogPath, "Bottom catalog layer (default: the bundled catalog)");

    c.layers = c.group->add_subcommand("layers", "List the catalog layers found and how many facts each supplies");
    c.layers->add_option("--catalog", options.catalogPath, "Bottom catalog layer (default: the bundled catalog)");
    return c;
}

int runCatalogCommand(const CatalogCommand& command, const CatalogCommandOptions& options, std::ostream& out,
                      std::ostream& err)
{
    if (command.stale && command.stale->parsed())
        return runCatalogStale(options, out, err);
    if (command.override_ && command.override_->parsed())
        return runCatalogOverride(options, out, err);
    if (command.layers && command.layers->parsed())
        return runCatalogLayers(options, out, err);
    return ExitUsage;
}

int runCatalogStale(const CatalogCommandOptions& options, std::ostream& out, std::ostream& err)
{
    const std::string today = options.today.empty() ? todayUtc() : options.today;
    if (!isCalendarDay(today)) {
        err << "modelscout-cli: error: --today: expected a date YYYY-MM-DD, found \"" << options.today << "\"\n";
        return ExitBadInput;
    }
    const std::optional<Catalog> catalog =
        options.withUserData ? loadLayeredForCli(options.catalogPath, err) : loadSingle(options.catalogPath, err);
    if (!catalog)
        return ExitBadInput;

    const auto stale = staleFacts(*catalog, today, options.months);
    const std::size_t total = knownFactCount(*catalog);
    out << stale.size() << " of " << plural(total, "fact", "facts") << (stale.size() == 1 && total != 1 ? " is" : " are")
        << " older than " << plural(static_cast<std::size_t>(options.months), "month", "months")
        << (stale.empty() ? ".\n" : ":\n");
    for (const StaleFact& s : stale) {
        const Alternative& a = catalog->alternatives[s.alternativeIndex];
        const Fact* fact = nullptr;
        if (s.detail) {
            for (const Detail& d : a.details)
                if (d.key == s.criterionOrDetail) { fact = &d.fact; break; }
        } else {
            fact = a.fact(s.criterionOrDetail);
        }
        out << "  " << a.name << ": " << (s.detail ? "detail " : "") << s.criterionOrDetail << ", as of " << s.asOf
            << ", " << plural(static_cast<std::size_t>(s.monthsOld), "month", "months") << " old";
        if (fact && !fact->layer.empty())
            out << " [" << fact->layer << "]";
        out << "\n";
    }
    return ExitOk;
}

int runCatalogOverride(const CatalogCommandOptions& options, std::ostream& out, std::ostream& err)
{
    const std::string asOf = options.asOf.empty() ? todayUtc() : options.asOf;
    if (!isDateText(asOf)) {
        err << "modelscout-cli: error: --as-of: expected a date YYYY-MM or YYYY-MM-DD, found \"" << options.asOf << "\"\n";
        return ExitBadInput;
    }
    auto layered = loadLayers(options.catalogPath, err);
    if (!layered)
        return ExitBadInput;
    const fs::path file = userDataLayout(userDataDir()).overrides;
    if (const LayerInfo* user = layered->layer(kUserLayer); user && !user->loaded) {
        err << "modelscout-cli: error: " << file.string()
            << " has errors (listed above); fix or remove it first: nothing was written\n";
        return ExitBadInput;
    }
    const Catalog& base = *layered->belowUser;

    const Alternative* alt = base.alternative(options.alternative);
    if (!alt) {
        err << "modelscout-cli: error: \"" << options.alternative << "\" is not an alternative of the catalog\n";
        return ExitBadInput;
    }
    Override entry;
    entry.alternative = alt->id;
    entry.note = options.note;
    entry.asOf = asOf;
    std::string shown;
    if (const Criterion* c = base.criterion(options.criterion)) {
        std::string why;
        const auto value = criterionValue(*c, options.value, why);
        if (!value) {
            err << "modelscout-cli: error: \"" << options.value << "\" is not a value of criterion \"" << c->id
                << "\": " << why << "\n";
            return ExitBadInput;
        }
        entry.criterion = c->id;
        entry.value = *value;
        shown = c->id;
    } else {
        const bool isDetail = std::any_of(alt->details.begin(), alt->details.end(),
                                          [&](const Detail& d) { return d.key == options.criterion; });
        if (!isDetail) {
            std::string ids;
            for (const Criterion& cr : base.criteria)
                ids += (ids.empty() ? "" : ", ") + cr.id;
            err << "modelscout-cli: error: \"" << options.criterion << "\" is not a criterion of the catalog (criteria: "
                << ids << ") nor a detail of \"" << alt->id << "\"\n";
            return ExitBadInput;
        }
        entry.detail = options.criterion;
        entry.value = detailValue(options.value);
        shown = "detail " + options.criterion;
    }

    std::vector<Override> overrides = layered->overrides;
    setOverride(overrides, entry);
    const std::string text = overridesToJson(overrides);
    // What is written must read back: check it against the same base before replacing the file.
    const OverridesLoadResult check = loadOverridesFromText(text, file.string(), base);
    if (!check.ok()) {
        err << formatDiagnostics(check.diagnostics)
            << "modelscout-cli: error: the new overrides would not load; nothing was written\n";
        return ExitBadInput;
    }
    std::string error;
    if (!saveOverridesAtomically(file, text, &error)) {
        err << "modelscout-cli: error: " << error << "\n";
        return ExitBadInput;
    }
    out << "Saved to " << file.string() << ": " << alt->name << ", " << shown << " = " << options.value << " (as of "
        << asOf << ")" << (options.note.empty() ? std::string() : "; note: " + options.note) << "\n"
        << "Your figure wins over the bundled catalog, updates and imports (" << plural(overrides.size(), "override", "overrides")
        << " in the file).\n";
    return ExitOk;
}

int runCatalogLayers(const CatalogCommandOptions& options, std::ostream& out, std::ostream& err)
{
    auto layered = loadLayers(options.catalogPath, err);
    if (!layered)
        return ExitBadInput;
    const fs::path dir = userDataDir();
    const UserDataLayout files = userDataLayout(dir);
    out << "Data folder: " << dir.string() << "\n";
    out << "Layers, lowest first (a later layer wins per fact):\n";
    std::size_t width = 7;
    for (const LayerInfo& l : layered->layers)
        width = std::max(width, l.name.size());
    auto pad = [&](const std::string& s) { return s + std::string(width > s.size() ? width - s.size() : 0, ' '); };
    auto show = [&](const LayerInfo& l) {
        out << "  " << pad(l.name) << "  " << l.path.string() << ": ";
        if (!l.loaded)
            out << "skipped, it has errors (listed above)\n";
        else
            out << plural(l.knownFacts, "fact", "facts") << ", " << l.unknownFacts << " unknown\n";
    };
    auto none = [&](const std::string& name, const std::string& why) {
        out << "  " << pad(name) << "  none (" << why << ")\n";
    };
    // In the order of precedence, saying which layers are absent.
    bool anyImport = false;
    for (const LayerInfo& l : layered->layers) {
        if (l.name == "bundled")
            show(l);
    }
    if (const LayerInfo* update = layered->layer("update"))
        show(*update);
    else
        none("update", files.updateCatalog.string() + " does not exist");
    for (const LayerInfo& l : layered->layers) {
        if (l.name.rfind("import:", 0) == 0) {
            show(l);
            anyImport = true;
        }
    }
    if (!anyImport)
        none("imports", "no .json file in " + files.importsDir.string());
    if (const LayerInfo* user = layered->layer(kUserLayer))
        show(*user);
    else
        none("user", files.overrides.string() + " does not exist");
    const Catalog& c = *layered->catalog;
    out << "Merged: " << plural(c.alternatives.size(), "alternative", "alternatives") << ", "
        << plural(knownFactCount(c), "fact", "facts") << " with a known value\n";
    return ExitOk;
}

} // namespace ms::cli
