// SPDX-License-Identifier: MIT
#include "gui/scorebardelegate.h"

#include <algorithm>
#include <cmath>

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QStyle>

namespace ms::gui {

ScoreBarDelegate::ScoreBarDelegate(int valueRole, double maximum, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_valueRole(valueRole)
    , m_maximum(maximum)
{
}

void ScoreBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const
{
    const QVariant raw = index.data(m_valueRole);
    bool ok = false;
    const double value = raw.toDouble(&ok);
    if (!raw.isValid() || !ok || !std::isfinite(value) || m_maximum <= 0.0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }

    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();

    // Background and selection first, without the text.
    const QString text = opt.text;
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    // The number sits at the right, the bar fills the room to its left, so they never overlap.
    const QFontMetrics metrics(opt.font);
    const int textWidth = std::max(metrics.horizontalAdvance(text), metrics.horizontalAdvance(QStringLiteral("100.0")));
    const QRect textRect = opt.rect.adjusted(4, 0, -6, 0);
    const QRect area = opt.rect.adjusted(4, 5, -(textWidth + 14), -5);
    const double fraction = std::clamp(value / m_maximum, 0.0, 1.0);
    if (fraction > 0.0 && area.width() > 4) {
        QRect bar = area;
        bar.setWidth(std::max(1, static_cast<int>(std::lround(area.width() * fraction))));
        QColor colour = opt.palette.color(QPalette::Active, QPalette::Highlight);
        if (opt.state & QStyle::State_Selected)
            colour = opt.palette.color(QPalette::Active, QPalette::HighlightedText);
        colour.setAlpha((opt.state & QStyle::State_Selected) ? 150 : 90);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawRoundedRect(QRectF(bar), 2.0, 2.0);
        painter->restore();
    }

    const QPalette::ColorRole textRole =
        (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text;
    style->drawItemText(painter, textRect, static_cast<int>(Qt::AlignRight | Qt::AlignVCenter), opt.palette,
                        (opt.state & QStyle::State_Enabled) != 0, text, textRole);
}

} // namespace ms::gui
