// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include <QString>
#include <QWidget>

#include "core/decision/ranking.h"

class QLabel;
class QScrollArea;
class QSlider;
class QSpinBox;
class QVBoxLayout;
class QGridLayout;

namespace ms::gui {

/** "What matters to you": one weight per criterion of the loaded catalog, each a
 *  QSlider (0..10) kept in sync with a QSpinBox, and each criterion's share of the
 *  total. Moving a slider emits `weightsChanged` at once (no timer); `setWeights` (a
 *  profile, a restored scenario) emits nothing. The profile box lives in the main
 *  window (see ScenarioController). Criterion text is shown as plain text. */
class WeightsPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int MaximumWeight = 10;

    explicit WeightsPanel(QWidget* parent = nullptr);

    /** Rebuilds one row per criterion of `catalog` (nullptr: none), every weight 0.
     *  Emits nothing. */
    void setCatalog(const ms::Catalog* catalog);

    /** Shows `weights` (any non-negative scale) on the sliders: integer weights that fit
     *  0..10 as they are, otherwise scaled so the largest is 10, a positive weight never
     *  below 1. Remembers the exact values for `weights()`. Emits nothing. */
    void setWeights(const ms::Weights& weights);

    /** The weights by criterion id on the sliders' 0..10 scale (the engine normalises
     *  them): a profile's exact weight while its slider still shows it, otherwise the
     *  slider value. */
    [[nodiscard]] ms::Weights weights() const;
    /** The slider of criterion `criterionId` (byte-wise match), or nullptr. */
    [[nodiscard]] QSlider* slider(const QString& criterionId) const;
    /** Shows each criterion's share of the total weight, as the engine normalised it
     *  (`Ranking::normalisedWeights`, one per catalog criterion); empty clears them. */
    void setShares(const std::vector<double>& normalisedWeights);

    /** The focus chain of the panel, first to last, for the window's tab order. */
    [[nodiscard]] QList<QWidget*> focusChain() const;

Q_SIGNALS:
    /** The weights changed because the user moved a slider or typed a value. */
    void weightsChanged();

private:
    struct Row {
        QString id;
        QSlider* slider = nullptr;
        QSpinBox* spinBox = nullptr;
        QLabel* share = nullptr;
        /** The profile's weight on the slider scale before rounding (< 0: none). While
         *  the slider still shows its rounded value, weights() uses this exact value,
         *  so a profile ranks the same here as in the CLI and the report. */
        double exact = -1.0;
    };

    void clearRows();
    void onSliderMoved();

    const ms::Catalog* m_catalog = nullptr;
    QScrollArea* m_scrollArea = nullptr;
    QWidget* m_rowsWidget = nullptr;
    QGridLayout* m_rowsLayout = nullptr;
    std::vector<Row> m_rows;
    bool m_settingSliders = false;
};

} // namespace ms::gui
