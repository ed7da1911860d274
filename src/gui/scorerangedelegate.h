// SPDX-License-Identifier: MIT
#pragma once

#include "gui/statictextdelegate.h"

namespace ms::gui {

/** Draws a ranking score cell: a bar behind the text from 0 to the score, a thin
 *  whisker under it across the score's range when facts are unknown (low .. high), and
 *  the display text on top, its bracketed range part ("68.7 (68.7–91.2)") dimmed.
 *
 *  Reads the score from `RankingTableModel::RawValueRole` and the range from
 *  `ScoreLowRole` / `ScoreHighRole`; a full bar is `maximum`. Cells without a numeric
 *  score are drawn as usual. Nothing is computed here but the bar lengths. The text is
 *  drawn from StaticTextDelegate's cache of laid-out text. */
class ScoreRangeDelegate : public StaticTextDelegate
{
    Q_OBJECT

public:
    explicit ScoreRangeDelegate(QObject* parent = nullptr);

    void setMaximum(double maximum) { m_maximum = maximum; }
    [[nodiscard]] double maximum() const { return m_maximum; }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    double m_maximum = 1.0;
};

} // namespace ms::gui
