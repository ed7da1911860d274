// SPDX-License-Identifier: MIT
#include "gui/views/chartutil.h"

#include <array>

#include <QChart>
#include <QLocale>

namespace ms::gui::chartutil {

QString chartText(const QString& plainText)
{
    return plainText.toHtmlEscaped();
}

QStringList uniqueLabels(const QStringList& labels)
{
    QStringList out;
    out.reserve(labels.size());
    for (const QString& label : labels) {
        QString candidate = label;
        int n = 1;
        while (out.contains(candidate))
            candidate = QStringLiteral("%1 (%2)").arg(label).arg(++n);
        out << candidate;
    }
    return out;
}

QColor seriesColor(std::size_t index)
{
    static constexpr std::array<QRgb, 16> palette {
        0x4e79a7,
        0xf28e2b,
        0xe15759,
        0x76b7b2,
        0x59a14f,
        0xedc948,
        0xb07aa1,
        0xff9da7,
        0x9c755f,
        0xbab0ac,
        0xa0cbe8,
        0xffbe7d,
        0x8cd17d,
        0xd4a6c8,
        0x86bcb6,
        0xf1ce63,
    };
    QColor color(palette[index % palette.size()]);
    // A second round through the palette gets darker, so that two criteria never
    // share a colour in catalogs with more than 16 criteria.
    if (const std::size_t round = index / palette.size(); round > 0)
        color = color.darker(100 + static_cast<int>(round) * 35);
    return color;
}

bool scoresInPoints(const ms::Ranking& ranking)
{
    switch (ranking.normalisation) {
    case ms::Normalisation::FixedBounds:
    case ms::Normalisation::MinMax:
    case ms::Normalisation::Max:
    case ms::Normalisation::Sum:
        return true;
    case ms::Normalisation::Vector:
    case ms::Normalisation::None:
        return ranking.method == ms::Method::Topsis;
    }
    return true;
}

void styleChart(QChart* chart)
{
    chart->setTheme(QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
}

} // namespace ms::gui::chartutil
