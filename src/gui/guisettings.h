// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QVariant>

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

/** Every GUI setting. */
namespace settings {
inline constexpr SettingKey<QByteArray> windowGeometry{"mainWindow/geometry"};
inline constexpr SettingKey<QByteArray> windowState{"mainWindow/state"};
inline constexpr SettingKey<QByteArray> splitterState{"mainWindow/splitter"};
inline constexpr SettingKey<QString> lastCatalogPath{"catalog/lastPath"};
inline constexpr SettingKey<QString> lastReportPath{"report/lastPath"};
} // namespace settings

} // namespace ms::gui
