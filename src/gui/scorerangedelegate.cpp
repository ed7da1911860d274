// SPDX-License-Identifier: MIT
#include "gui/scorerangedelegate.h"

#include <algorithm>
#include <cmath>

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QStyle>

#include "gui/rankingtablemodel.h"

namespace ms::gui {

namespace {

double fractionOf(double value, double maximum)
{
    if (!std::isfinite(value) || maximum <= 0.0)
        return 0.0;
    return std::clamp(value / maximum, 0.0, 1.0);
}

} // namespace

ScoreRangeDelegate::ScoreRangeDelegate(QObject* parent)
    : StaticTextDelegate(parent)
{
}

void ScoreRangeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QVariant raw = index.data(RankingTableModel::RawValueRole);
    bool ok = false;
    const double score = raw.toDouble(&ok);
    if (!raw.isValid() || !ok || !std::isfinite(score)) {
        StaticTextDelegate::paint(painter, option, index);
        return;
    }
    const double low = index.data(RankingTableModel::ScoreLowRole).toDouble();
    const double high = index.data(RankingTableModel::ScoreHighRole).toDouble();

    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();

    // Background and selection first, without the text.
    const QString text = opt.text;
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = (opt.state & QStyle::State_Selected) != 0;
    QColor barColour = opt.palette.color(QPalette::Active, selected ? QPalette::HighlightedText : QPalette::Highlight);
    const QRect area = opt.rect.adjusted(4, 4, -4, -5);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(Qt::NoPen);
    const double fraction = fractionOf(score, m_maximum);
    if (fraction > 0.0 && area.width() > 4) {
        QRectF bar(area);
        bar.setWidth(std::max(1.0, area.width() * fraction));
        barColour.setAlpha(selected ? 70 : 55);
        painter->setBrush(barColour);
        painter->drawRoundedRect(bar, 2.0, 2.0);
    }
    // The range: a thin whisker under the text, from the worst to the best case.
    if (std::fabs(high - low) > 1e-12 && area.width() > 4) {
        const double from = area.left() + area.width() * fractionOf(low, m_maximum);
        const double to = area.left() + area.width() * fractionOf(high, m_maximum);
        const double base = opt.rect.bottom() - 2.5;
        QColor whisker = barColour;
        whisker.setAlpha(selected ? 230 : 210);
        painter->setBrush(whisker);
        painter->drawRect(QRectF(from, base, std::max(1.0, to - from), 1.5));
        painter->drawRect(QRectF(from, base - 2.5, 1.0, 4.0));
        painter->drawRect(QRectF(std::max(from, to - 1.0), base - 2.5, 1.0, 4.0));
    }
    painter->restore();

    // The text at the right: the score, then its range dimmed.
    const QRect textRect = opt.rect.adjusted(4, 0, -6, 0);
    const qsizetype bracket = text.indexOf(QStringLiteral(" ("));
    const QString main = bracket < 0 ? text : text.left(bracket);
    const QString range = bracket < 0 ? QString() : text.mid(bracket);
    const int rangeWidth = range.isEmpty() ? 0 : textWidth(range, opt.font);
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    const QPalette::ColorGroup group = (opt.state & QStyle::State_Enabled) != 0 ? QPalette::Active : QPalette::Disabled;
    drawText(painter, textRect.adjusted(0, 0, -rangeWidth, 0), Qt::AlignRight | Qt::AlignVCenter, main, opt.font,
             opt.palette.color(group, textRole), Qt::ElideNone);
    if (!range.isEmpty()) {
        const QColor dimmed = selected ? opt.palette.color(group, textRole) : opt.palette.color(group, QPalette::PlaceholderText);
        drawText(painter, textRect, Qt::AlignRight | Qt::AlignVCenter, range, opt.font, dimmed, Qt::ElideNone);
    }
}

} // namespace ms::gui
