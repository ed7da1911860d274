// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>

#include <QColor>
#include <QString>
#include <QStringList>

#include "core/decision/ranking.h"

class QChart;

/** Helpers shared by the Qt Charts views. */
namespace ms::gui::chartutil {

/** Text for a Qt Charts label (axis category, legend entry, series name, title).
 *  Qt Charts draws those labels with QGraphicsTextItem::setHtml, so catalog text, which
 *  is untrusted plain text (case C19), is HTML-escaped here to be shown literally. */
[[nodiscard]] QString chartText(const QString& plainText);

/** `labels` with every repeated entry made unique by a " (2)", " (3)"… suffix: Qt
 *  Charts category axes silently drop a category whose label is already present. */
[[nodiscard]] QStringList uniqueLabels(const QStringList& labels);

/** The colour of series `index` of a qualitative palette (Tableau 10, then its light
 *  companions): distinct hues, readable on white, stable for a given index. */
[[nodiscard]] QColor seriesColor(std::size_t index);

/** Whether the scores of `ranking` read as points out of 100 (score × 100): every
 *  normalisation onto [0, 1], and TOPSIS's closeness; not WSM/WPM on raw or
 *  vector-normalised values, whose scores have no fixed scale. */
[[nodiscard]] bool scoresInPoints(const ms::Ranking& ranking);

/** The common look: light theme, no animation, small margins, numbers in QLocale(). */
void styleChart(QChart* chart);

} // namespace ms::gui::chartutil
