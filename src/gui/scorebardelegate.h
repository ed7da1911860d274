// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace ms::gui {

/** Draws a horizontal bar behind a numeric cell, its length the cell's raw value
 *  (read from `valueRole`) divided by `maximum`, then the display text on top.
 *  Cells without a numeric raw value are drawn as usual. */
class ScoreBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ScoreBarDelegate(int valueRole, double maximum = 1.0, QObject* parent = nullptr);

    void setMaximum(double maximum) { m_maximum = maximum; }

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;

private:
    int m_valueRole;
    double m_maximum;
};

} // namespace ms::gui
