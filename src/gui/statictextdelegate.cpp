// SPDX-License-Identifier: MIT
#include "gui/statictextdelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QStyle>

namespace ms::gui {

namespace {

/** Entries kept per cache before it is dropped (a screenful of a table is ~400 cells). */
constexpr qsizetype MaxCached = 4096;

/** The horizontal text margin QCommonStyle uses for item view text. */
int textMargin(const QStyleOptionViewItem& option)
{
    const QWidget* widget = option.widget;
    const QStyle* style = widget ? widget->style() : QApplication::style();
    return style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
}

bool isPlainLine(const QStyleOptionViewItem& opt)
{
    constexpr auto extras = QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDecoration;
    return (opt.features & extras) == 0 && !opt.text.contains(QLatin1Char('\n'))
        && !opt.text.contains(QChar::LineSeparator);
}

} // namespace

StaticTextDelegate::StaticTextDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

int StaticTextDelegate::textWidth(const QString& text, const QFont& font) const
{
    const QString key = font.key() + QChar(0x1f) + text;
    auto it = m_widths.constFind(key);
    if (it != m_widths.constEnd())
        return *it;
    if (m_widths.size() >= MaxCached)
        m_widths.clear();
    const int width = QFontMetrics(font).horizontalAdvance(text);
    m_widths.insert(key, width);
    return width;
}

void StaticTextDelegate::drawText(QPainter* painter, const QRect& rect, Qt::Alignment alignment, const QString& text,
                                  const QFont& font, const QColor& colour, Qt::TextElideMode elide) const
{
    if (text.isEmpty() || rect.width() <= 0)
        return;
    const QString key = font.key() + QChar(0x1f) + QString::number(elide == Qt::ElideNone ? -1 : rect.width())
        + QChar(0x1f) + text;
    auto it = m_shown.constFind(key);
    if (it == m_shown.constEnd()) {
        if (m_shown.size() >= MaxCached)
            m_shown.clear();
        const QFontMetrics metrics(font);
        QString shownText = text;
        if (elide != Qt::ElideNone && textWidth(text, font) > rect.width())
            shownText = metrics.elidedText(text, elide, rect.width());
        Shown shown;
        shown.text.setText(shownText);
        shown.text.setTextFormat(Qt::PlainText); // catalog text: never rich text
        shown.text.setPerformanceHint(QStaticText::AggressiveCaching);
        shown.width = metrics.horizontalAdvance(shownText);
        it = m_shown.insert(key, shown);
    }
    const QFontMetrics metrics(font);
    const Qt::Alignment horizontal = QStyle::visualAlignment(painter->layoutDirection(), alignment) & Qt::AlignHorizontal_Mask;
    int x = rect.left();
    if (horizontal & Qt::AlignRight)
        x = rect.right() + 1 - it->width;
    else if (horizontal & Qt::AlignHCenter)
        x = rect.left() + (rect.width() - it->width) / 2;
    const int y = rect.top() + (rect.height() - metrics.height()) / 2;
    painter->save();
    painter->setFont(font);
    painter->setPen(colour);
    painter->setClipRect(rect, Qt::IntersectClip);
    painter->drawStaticText(QPoint(x, y), it->text);
    painter->restore();
}

void StaticTextDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (!isPlainLine(opt)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    const QString text = opt.text;
    // Background, selection and focus by the style; the text below.
    opt.text.clear();
    opt.features &= ~QStyleOptionViewItem::HasDisplay;
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const int margin = textMargin(opt);
    const QRect textRect = opt.rect.adjusted(margin, 0, -margin, 0);
    QPalette::ColorGroup group = (opt.state & QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(opt.state & QStyle::State_Active))
        group = QPalette::Inactive;
    const QColor colour = opt.palette.color(group, (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text);
    drawText(painter, textRect, opt.displayAlignment, text, opt.font, colour, opt.textElideMode);
}

QSize StaticTextDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (!isPlainLine(opt))
        return QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics metrics(opt.font);
    // As QCommonStyle's item size: the text's advance and a margin each side, plus one.
    return {textWidth(opt.text, opt.font) + 2 * textMargin(opt) + 1, metrics.height() + 2};
}

} // namespace ms::gui
