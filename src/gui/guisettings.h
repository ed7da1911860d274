// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

namespace ms::gui {

/** One QSettings key with its value type, declared once below. Settings live under
 *  organisation "ModelScout", application "ModelScout"; tests isolate them with
 *  `QStandardPaths::setTestModeEnabled(true)`. */
template <typename T>
class SettingKey
{
public:
    explicit constexpr SettingKey(const char* key)
        : m_key(key)
    {
    }

    [[nodiscard]] T value(const T& fallback = T()) const
    {
        const QVariant stored = open().value(QLatin1String(m_key));
        return stored.isValid() && stored.canConvert<T>() ? stored.value<T>() : fallback;
    }

    void setValue(const T& value) const { open().setValue(QLatin1String(m_key), QVariant::fromValue(value)); }

private:
    static QSettings open() { return QSettings(QStringLiteral("ModelScout"), QStringLiteral("ModelScout")); }

    const char* m_key;
};

/** Every GUI setting: window and UI state only. The user's scenario (profile, weights,
 *  method, normalisation, missing-fact policy, must-haves, usage) is not a setting: it
 *  is saved atomically as a scenario file (see scenariostore.h, case C15). */
namespace settings {
inline constexpr SettingKey<QByteArray> windowGeometry{"mainWindow/geometry"};
inline constexpr SettingKey<QByteArray> windowState{"mainWindow/state"};
inline constexpr SettingKey<QByteArray> splitterState{"mainWindow/splitter"};
inline constexpr SettingKey<QString> lastCatalogPath{"catalog/lastPath"};
inline constexpr SettingKey<QString> lastReportPath{"report/lastPath"};
/** The catalog the last scenario file was saved for: {title, version}. */
inline constexpr SettingKey<QStringList> lastScenarioCatalog{"scenario/catalog"};
/** The open page of the left panel (0 weights, 1 must-haves, 2 usage, 3 advanced). */
inline constexpr SettingKey<int> scenarioPage{"mainWindow/scenarioPage"};
/** The usage inputs while the projection is off (the scenario holds them while it is on):
 *  keys "players", "sessions", "messages", "tokensIn", "tokensOut" (numbers), "payer". */
inline constexpr SettingKey<QVariantMap> usageInputs{"usage/inputs"};
/** The language the user picked in Settings › Language: "system" (the default: follow
 *  the system locale), "en" or "tr" (see language.h). */
inline constexpr SettingKey<QString> language{"ui/language"};
/** File › Open Recent: catalog and scenario files, newest first, at most 8 (recentfiles.h). */
inline constexpr SettingKey<QStringList> recentFiles{"file/recent"};
/** File › Export Report…: the format last chosen ("pdf", "html", "md", "csv", "json"). */
inline constexpr SettingKey<QString> reportFormat{"report/format"};
/** The report's language ("en" or "tr"); empty: the GUI's language. */
inline constexpr SettingKey<QString> reportLanguage{"report/language"};
/** The PDF's and the printout's paper: "a4" or "letter". */
inline constexpr SettingKey<QString> reportPaper{"report/paper"};
/** How many of the ranked alternatives the report explains in detail (1..50). */
inline constexpr SettingKey<int> reportTopN{"report/topN"};
/** The folder the last report of any format was written to. */
inline constexpr SettingKey<QString> reportFolder{"report/folder"};
} // namespace settings

} // namespace ms::gui
