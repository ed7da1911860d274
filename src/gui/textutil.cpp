// SPDX-License-Identifier: MIT
#include "gui/textutil.h"

#include <QLabel>

#include <cmath>
#include <optional>

#include <QCoreApplication>
#include <QLocale>
#include <QTextDocument>
#include <QUrl>

namespace ms::gui {

namespace {

/** Units and ordinal levels of the bundled catalog (data/catalog.json), for lupdate. */
constexpr const char* CatalogWordsContext = "ms::gui::CatalogWords";
constexpr const char* BundledUnits[] = {
    QT_TRANSLATE_NOOP("ms::gui::CatalogWords", "interactions/month"),
    QT_TRANSLATE_NOOP("ms::gui::CatalogWords", "interactions/day"),
    QT_TRANSLATE_NOOP("ms::gui::CatalogWords", "API interactions/month"),
    QT_TRANSLATE_NOOP("ms::gui::CatalogWords", "messages/month"),
    QT_TRANSLATE_NOOP("ms::gui::CatalogWords", "steps"),
    QT_TRANSLATE_NOOP("ms::gui::CatalogWords", "USD/month"),
    QT_TRANSLATE_NOOP("ms::gui::CatalogWords", "USD/1M tokens"),
    QT_TRANSLATE_NOOP("ms::gui::CatalogWords", "tokens"),
    QT_TRANSLATE_NOOP("ms::gui::CatalogWords", "billion"),
    QT_TRANSLATE_NOOP("ms::gui::CatalogWords", "bytes"),
    QT_TRANSLATE_NOOP("ms::gui::CatalogWords", "sub-datasets"),
    QT_TRANSLATE_NOOP("ms::gui::CatalogWords", "GB"),
};
constexpr const char* BundledLevels[] = {
    QT_TRANSLATE_NOOP("ms::gui::CatalogWords", "discontinued"),
    QT_TRANSLATE_NOOP("ms::gui::CatalogWords", "contact_only"),
    QT_TRANSLATE_NOOP("ms::gui::CatalogWords", "waitlist"),
    QT_TRANSLATE_NOOP("ms::gui::CatalogWords", "public"),
};

/** `word` translated when it is one of `known`, else nullopt. */
template <std::size_t N>
std::optional<QString> knownWord(const char* const (&known)[N], const std::string& word)
{
    for (const char* k : known)
        if (word == k)
            return QCoreApplication::translate(CatalogWordsContext, k);
    return std::nullopt;
}

} // namespace

QString displayUnit(const std::string& unit)
{
    return knownWord(BundledUnits, unit).value_or(qs(unit));
}

QString displayLevel(const std::string& level)
{
    const QString raw = qs(level);
    QString text = knownWord(BundledLevels, level).value_or(raw);
    if (text == raw) // English, or a level the catalog alone knows
        text.replace(QLatin1Char('_'), QLatin1Char(' '));
    return text;
}

QString qs(const std::string& text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString plainToolTip(const QString& text)
{
    if (text.isEmpty())
        return {};
    return Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

bool isWebUrl(const QString& url)
{
    const QString trimmed = url.trimmed();
    if (!trimmed.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
        && !trimmed.startsWith(QLatin1String("https://"), Qt::CaseInsensitive))
        return false;
    const QUrl parsed(trimmed, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    return parsed.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        && !parsed.host().isEmpty();
}

QString formatFactValue(const ms::FactValue& value, const std::string& unit)
{
    const QLocale locale;
    QString text;
    switch (value.kind) {
    case ms::FactValue::Kind::Unknown:
        return QCoreApplication::translate("ms::gui", "unknown");
    case ms::FactValue::Kind::Unlimited:
        return QCoreApplication::translate("ms::gui", "unlimited");
    case ms::FactValue::Kind::Boolean:
        return value.boolean ? QCoreApplication::translate("ms::gui", "yes")
                             : QCoreApplication::translate("ms::gui", "no");
    case ms::FactValue::Kind::Text:
        return knownWord(BundledLevels, value.text).value_or(qs(value.text));
    case ms::FactValue::Kind::Number: {
        const double d = value.number;
        if (std::isfinite(d) && d == std::trunc(d) && std::fabs(d) < 1e15)
            text = locale.toString(static_cast<qlonglong>(d));
        else
            text = locale.toString(d, 'g', QLocale::FloatingPointShortest);
        break;
    }
    }
    if (!unit.empty())
        text += QLatin1Char(' ') + displayUnit(unit);
    return text;
}

QLabel* plainLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    return label;
}

} // namespace ms::gui
