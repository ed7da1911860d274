// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace ms::gui {

/** An item delegate for large tables whose cells are one line of plain text (the
 *  ranking view): the background, selection and focus are drawn by the style as
 *  usual, the text from a cache of laid-out, elided `QStaticText`s (plain text, never
 *  rich text), so that a repaint does not shape every cell's text anew. The style's
 *  own text drawing lays the text out twice per cell and paint (to elide it and to draw
 *  it), which made painting the ~40 visible rows of the ranking cost 7–12 ms.
 *
 *  Cells with a check box, an icon or several lines are drawn by QStyledItemDelegate.
 *  `sizeHint` measures the text with cached advances. The cache holds at most a few
 *  thousand strings and is dropped when full. Not thread-safe (GUI thread only). */
class StaticTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit StaticTextDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

protected:
    /** Draws `text` in `rect` (one line, vertically centred, `alignment` horizontally,
     *  elided with `elide` when wider than `rect`) in `font` and `colour`. */
    void drawText(QPainter* painter, const QRect& rect, Qt::Alignment alignment, const QString& text,
                  const QFont& font, const QColor& colour, Qt::TextElideMode elide) const;
    /** The width of `text` in `font`, in pixels (cached). */
    [[nodiscard]] int textWidth(const QString& text, const QFont& font) const;

private:
    struct Shown {
        QStaticText text;
        int width = 0;
    };
    mutable QHash<QString, Shown> m_shown;   ///< by font, available width and text
    mutable QHash<QString, int> m_widths;    ///< by font and text
};

} // namespace ms::gui
