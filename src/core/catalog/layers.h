// SPDX-License-Identifier: MIT
#pragma once
// Catalog layers: bundled catalog < downloaded update < imported catalogs < the user's
// own overrides (docs/catalog-layers.md). A later layer wins per fact, every fact keeps
// the name of the layer it came from (Fact::layer), and a user override survives any
// update because it lives in its own file that no update writes.

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalog/catalog.h"
#include "core/catalog/diagnostic.h"

namespace ms {

/** One layer: its name ("bundled", "update", "import:<file name>", "user") and its
 *  catalog. `file` names the layer in diagnostics (the layer name when empty). */
struct CatalogLayer {
    std::string name;
    Catalog catalog;
    std::string file;
};

/** Merges `layers`, lowest first, into one catalog.
 *
 *  - The first layer gives the catalog's identity (title, version, as_of), its criteria,
 *    profiles, sources and alternatives.
 *  - A later layer adds alternatives whose id is new (with all their fields), and adds
 *    or replaces facts and details (by criterion id / detail key) of existing ones: the
 *    later layer wins per fact, also when its value is null (unknown). The other fields
 *    of an existing alternative (name, kind, vendor, homepage, status, summary) stay as
 *    the first layer that had it gave them.
 *  - Its criteria must match the first layer's by id and type. A criterion of another
 *    type is an error naming the layer and the criterion; one the first layer does not
 *    declare is a warning; either way that layer's facts for it are ignored. A fact
 *    whose value the first layer's criterion does not allow ("unlimited" where it is not
 *    allowed, an unknown ordinal level) is an error and is ignored.
 *  - Its sources are added; a source whose id is already taken by a different source
 *    (title, url or date differ) is renamed "<layer>:<id>" (a warning) and that layer's
 *    facts point to the new id. The same source twice is kept once.
 *  - Its profiles are added; one with the id of an earlier profile replaces it, unless
 *    its weights name a criterion the merged catalog does not have (then it is dropped
 *    with a warning).
 *  - Every fact and detail carries its layer's name in Fact::layer.
 *  Diagnostics name the layer's `file` and a JSON pointer into that layer's catalog. */
Catalog mergeLayers(const std::vector<CatalogLayer>& layers, std::vector<Diagnostic>& diagnostics);

// ---------------------------------------------------------------------------
// The user's overrides
// ---------------------------------------------------------------------------

/** One of the user's own figures: a fact of a criterion or a detail of an alternative.
 *  File format (overrides.json):
 *  {"format": "modelscout-overrides", "format_version": 1, "overrides": [
 *     {"alternative": "inworld", "criterion": "player_cost", "value": 9.99,
 *      "note": "my plan", "as_of": "2026-11-29"}]}
 *  Keys of an override: `alternative` (required, an alternative id), exactly one of
 *  `criterion` (a declared criterion id) and `detail` (a detail key), `value` (required:
 *  the criterion's type as in a catalog, or for a detail a string, number, boolean; null
 *  means "unknown"), `as_of` (YYYY-MM or YYYY-MM-DD; required unless value is null),
 *  `note` (optional), `unit` (details only, optional), and `name` and `kind` (both
 *  required together to add an alternative the catalog does not have; ignored with a
 *  warning for an existing one). */
struct Override {
    std::string alternative;
    std::string criterion;  ///< set for a criterion's fact ...
    std::string detail;     ///< ... or this for a detail (exactly one is not empty)
    FactValue value;
    std::string unit;       ///< details only
    std::string note;
    std::string asOf;
    std::string name;       ///< with `kind`: adds a new alternative
    std::string kind;       ///< "local_model", "online_api", "character_service"
};

/** The source every override cites. */
inline constexpr std::string_view kUserSourceId = "user";
inline constexpr std::string_view kUserSourceTitle = "Your own figures";
/** The layer name of the user's overrides. */
inline constexpr std::string_view kUserLayer = "user";

/** The outcome of loading an overrides file. */
struct OverridesLoadResult {
    std::optional<Catalog> catalog;    ///< the user layer (overridesLayer of `overrides`)
    std::vector<Override> overrides;   ///< as read, in file order (when there were no errors)
    std::vector<Diagnostic> diagnostics;
    [[nodiscard]] bool ok() const { return catalog.has_value(); }
};

/** Parses and validates an overrides file against `base` (the merged catalog below the
 *  user's layer), with the catalog loader's diagnostics: syntax errors with
 *  line:column, semantic errors with the JSON pointer and line:column, duplicate keys,
 *  size and depth limits, unknown keys as warnings. Two overrides of the same fact: a
 *  warning, the later one is used. Never throws for bad input. */
OverridesLoadResult loadOverridesFromText(std::string_view text, const std::string& fileLabel, const Catalog& base);
OverridesLoadResult loadOverridesFromFile(const std::filesystem::path& path, const Catalog& base);

/** The user layer made of `overrides` (assumed valid against `base`): base's criteria,
 *  one source (id "user", title "Your own figures", dated by the latest override), and
 *  one alternative per overridden id in first-seen order, holding the overridden facts
 *  and details (an existing detail keeps its label, and its unit unless one is given).
 *  The later of two overrides of the same fact is used. */
Catalog overridesLayer(const std::vector<Override>& overrides, const Catalog& base);

/** `overrides` as an overrides file that loadOverridesFromText reads back: keys in the
 *  order of the format above, empty optional keys left out, numbers locale-free
 *  (a whole number below 2^53 as an integer), two-space indent, a final newline. */
std::string overridesToJson(const std::vector<Override>& overrides);

/** Replaces the override of the same fact (alternative and criterion or detail) in
 *  `overrides`, or appends `entry`. */
void setOverride(std::vector<Override>& overrides, Override entry);

/** Writes `text` to `path` so that a reader sees the old file or the new one, never a
 *  part: writes `path` + ".tmp", fsyncs it, renames it over `path`, fsyncs the folder.
 *  Creates missing parent folders. On failure returns false, removes the temporary file
 *  and, when `error` is not null, says what failed. */
bool saveOverridesAtomically(const std::filesystem::path& path, const std::string& text, std::string* error);

// ---------------------------------------------------------------------------
// Loading every layer from the user's data folder
// ---------------------------------------------------------------------------

/** One layer found by loadLayeredCatalog. */
struct LayerInfo {
    std::string name;            ///< "bundled", "update", "import:<file name>", "user"
    std::filesystem::path path;  ///< the file it was read from
    bool loaded = false;         ///< false: it had errors and was skipped (see diagnostics)
    std::size_t knownFacts = 0;  ///< facts with a known value in the merged catalog from this layer
    std::size_t unknownFacts = 0;///< facts it marks unknown (null) in the merged catalog
};

/** The outcome of loadLayeredCatalog. */
struct LayeredCatalog {
    std::optional<Catalog> catalog;       ///< every loaded layer merged; none when no layer loaded
    std::optional<Catalog> belowUser;     ///< the merge without the user's overrides (what they are checked against)
    std::vector<Diagnostic> diagnostics;  ///< of every layer, and of the merge
    std::vector<LayerInfo> layers;        ///< every layer file found, lowest first, loaded or skipped
    std::vector<Override> overrides;      ///< the user's overrides as read (empty when none or skipped)
    [[nodiscard]] bool ok() const { return catalog.has_value(); }
    /** The layer named `name`, or nullptr. */
    [[nodiscard]] const LayerInfo* layer(std::string_view name) const;
};

/** Loads the bundled catalog `bundled` and the layers in `dataDir` (userDataLayout):
 *  bundled < update/catalog.json (when present) < imports/<name>.json (sorted by file name,
 *  byte-wise; each named "import:<file name>") < overrides.json (checked against the
 *  merge of the layers below it). A layer that fails to load is skipped with its
 *  diagnostics and the rest still loads: the last good state stays in use. When the
 *  bundled catalog itself fails, the first layer that loads takes its place. */
LayeredCatalog loadLayeredCatalog(const std::filesystem::path& bundled, const std::filesystem::path& dataDir);

/** How many facts (criteria facts and details) of `catalog` came from layer `layer`:
 *  {known, unknown}. */
std::pair<std::size_t, std::size_t> factsFromLayer(const Catalog& catalog, std::string_view layer);

} // namespace ms
