// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <QByteArray>
#include <QDate>
#include <QLocale>
#include <QString>
#include <QStringList>

#include "core/catalog/catalog.h"
#include "core/catalog/diagnostic.h"
#include "core/catalog/importers.h"
#include "core/catalog/layers.h"
#include "core/catalog/staleness.h"

namespace ms::gui {

/** Facts more than this many months old count as stale (docs/catalog-layers.md). */
inline constexpr int DefaultStaleMonths = 12;

/** A layer name for people: "bundled", "update", "import: litellm.json", "user"
 *  (translated); empty for a fact without a layer. */
[[nodiscard]] QString layerLabel(const std::string& layer);
/** What the layer is, for a tooltip (plain text). */
[[nodiscard]] QString layerToolTip(const std::string& layer);

/** A catalog date ("2023-10" or "2023-10-15") in `locale`: the month's short name and
 *  the year, or the locale's short date; any other text as it is. */
[[nodiscard]] QString formatAsOf(const std::string& asOf, const QLocale& locale = QLocale());

/** `date` as "YYYY-MM-DD" (locale-free), what ms::staleFacts takes as today. */
[[nodiscard]] std::string isoDay(const QDate& date);

/** What one import did. */
struct ImportOutcome {
    bool ok = false;
    QString error; ///< when !ok: why, plain text (diagnostics below)
    std::vector<ms::Diagnostic> diagnostics; ///< the importer's warnings (skipped records) and errors
    std::size_t imported = 0; ///< records that became alternatives
    std::size_t skipped = 0; ///< records that did not (each has a warning)
    QString layerPath; ///< the imports layer written (when ok)
    QString asOf; ///< the list's date: from its file name, else today
};

/** The catalog layers of the desktop app: the catalog file the user opened (the
 *  bottom layer, normally the bundled catalog) with the user data folder's update,
 *  imports and overrides on top, loaded with the core's ms::loadLayeredCatalog exactly
 *  as `modelscout-cli ... --with-user-data` does (docs/catalog-layers.md).
 *
 *  It keeps the last good load: a load whose bottom layer fails changes nothing. It
 *  holds no widgets; the main window shows what it says. Not thread-safe, except the
 *  static functions. */
class CatalogStore {
public:
    CatalogStore() = default;

    /** Loads `bottom` with the layers of `dataDir` on top. When `bottom` itself fails,
     *  returns false, puts its diagnostics into `diagnostics` and keeps the previous
     *  state (a broken catalog file is never replaced by an update or an import). A
     *  broken upper layer is skipped (see skippedLayers()) and the load succeeds. */
    bool load(const std::filesystem::path& bottom, const std::filesystem::path& dataDir,
        std::vector<ms::Diagnostic>& diagnostics);

    [[nodiscard]] bool hasCatalog() const { return m_layered.ok(); }
    /** Every layer merged; nullptr before the first good load. */
    [[nodiscard]] const ms::Catalog* catalog() const { return m_layered.ok() ? &*m_layered.catalog : nullptr; }
    /** The merge without the user's overrides: what an override is checked against. */
    [[nodiscard]] const ms::Catalog* belowUser() const { return m_layered.belowUser ? &*m_layered.belowUser : nullptr; }
    [[nodiscard]] const ms::LayeredCatalog& layered() const { return m_layered; }
    [[nodiscard]] const std::vector<ms::Override>& overrides() const { return m_layered.overrides; }
    [[nodiscard]] const std::filesystem::path& bottomPath() const { return m_bottom; }
    [[nodiscard]] const std::filesystem::path& dataDir() const { return m_dataDir; }
    /** dataDir/overrides.json as a QString. */
    [[nodiscard]] QString overridesPath() const;

    /** Whether the user's overrides may be changed now: not before a load, and not while
     *  overrides.json has errors (it is never overwritten then). `why` gets the reason. */
    [[nodiscard]] bool overridesEditable(QString* why = nullptr) const;

    /** Checks `overrides` as the file overridesToJson(overrides) would be read back,
     *  against belowUser(), with the loader's diagnostics. */
    [[nodiscard]] ms::OverridesLoadResult check(const std::vector<ms::Override>& overrides) const;

    /** The layers that were found but skipped because they have errors. */
    [[nodiscard]] std::vector<const ms::LayerInfo*> skippedLayers() const;
    /** The error diagnostics of the last load, one per line ("" when none). */
    [[nodiscard]] QString problemsText() const;
    /** The layers found and what each supplies, one per line, for a tooltip. */
    [[nodiscard]] QString layersSummary() const;

    /** The day staleness is measured on: setToday's, else the local date today. */
    [[nodiscard]] QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }
    /** Fixes "today" (tests, reproducible screenshots); an invalid date uses the clock again. */
    void setToday(const QDate& today) { m_today = today; }
    /** The facts of catalog() more than `months` months old on today(). */
    [[nodiscard]] std::vector<ms::StaleFact> staleFacts(int months = DefaultStaleMonths) const;

    /** The bytes of the file at `path`, or nullopt when it does not exist. */
    [[nodiscard]] static std::optional<QByteArray> readFile(const QString& path);
    /** Writes `bytes` to `path` atomically with QSaveFile (a reader sees the old file or
     *  the new one), creating the folder. Returns "" or what failed (plain text). */
    [[nodiscard]] static QString writeAtomically(const QString& path, const QByteArray& bytes);
    /** Puts `path` back to `bytes`: writes them atomically, or removes the file when
     *  `bytes` is nullopt (it did not exist). Returns "" or what failed. */
    [[nodiscard]] static QString restoreFile(const QString& path, const std::optional<QByteArray>& bytes);

    /** Imports the model list `file` in `format` as the CLI's `import` does: reads it
     *  (at most 64 MiB), dates it from its file name (else `today`), converts it with
     *  ms::importCatalog using the criteria of the catalog at `templateCatalog`, checks
     *  that the result loads, and writes it atomically to the data folder's imports
     *  layer for the format (ms::importLayerPath), replacing an earlier import of the
     *  same format. Touches nothing else (overrides survive). Runs on any thread. */
    [[nodiscard]] static ImportOutcome importModelList(ms::ImportFormat format, const QString& file,
        const std::filesystem::path& templateCatalog, const std::filesystem::path& dataDir, const QDate& today);

private:
    std::filesystem::path m_bottom;
    std::filesystem::path m_dataDir;
    ms::LayeredCatalog m_layered;
    QDate m_today;
};

/** The override list without the override of `alternativeId`'s fact `key` (a criterion
 *  id, or a detail key when `detail`). When it was the one that added the alternative
 *  (name and kind), the next override of that alternative takes them over, so its
 *  other figures stay valid. */
[[nodiscard]] std::vector<ms::Override> withoutOverride(
    const std::vector<ms::Override>& overrides, const std::string& alternativeId, const std::string& key, bool detail);

/** The error diagnostics among `diagnostics` as plain messages ("at /pointer: message"
 *  without the file), one per entry. */
[[nodiscard]] QStringList errorMessages(const std::vector<ms::Diagnostic>& diagnostics);

} // namespace ms::gui
