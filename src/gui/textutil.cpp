// SPDX-License-Identifier: MIT
#include "gui/textutil.h"

#include <QLabel>

#include <cmath>

#include <QCoreApplication>
#include <QLocale>
#include <QTextDocument>
#include <QUrl>

namespace ms::gui {

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
        return qs(value.text);
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
        text += QLatin1Char(' ') + qs(unit);
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
