// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include <QString>
#include <QWidget>

#include "core/decision/ranking.h"

class QComboBox;
class QLabel;
class QScrollArea;
class QSlider;
class QSpinBox;
class QVBoxLayout;
class QGridLayout;

namespace ms::gui {

/** "What matters to you": one weight per criterion of the loaded catalog, each a
 *  QSlider (0..10) kept in sync with a QSpinBox, and a profile box that sets the
 *  sliders from a catalog profile. Moving a slider switches the box to "Custom" and
 *  emits `weightsChanged` at once (no timer). Criterion text is shown as plain text. */
class WeightsPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int MaximumWeight = 10;

    explicit WeightsPanel(QWidget* parent = nullptr);

    /** Rebuilds one row per criterion of `catalog` (nullptr: none) and applies the
     *  first profile, or equal weights when the catalog has none. Emits nothing. */
    void setCatalog(const ms::Catalog* catalog);

    /** The weights by criterion id on the sliders' 0..10 scale (the engine normalises
     *  them): a profile's exact weight while its slider still shows it, otherwise the
     *  slider value. */
    [[nodiscard]] ms::Weights weights() const;
    /** The slider of criterion `criterionId` (byte-wise match), or nullptr. */
    [[nodiscard]] QSlider* slider(const QString& criterionId) const;
    /** The label of the profile box's current entry ("Custom" after a slider moved). */
    [[nodiscard]] QString profileLabel() const;
    /** The profile box, for tab order and tests. */
    [[nodiscard]] QComboBox* profileBox() const { return m_profileBox; }

    /** Sets the sliders from the catalog profile `profileId`; returns false if there is none. */
    bool applyProfile(const QString& profileId);

    /** Shows each criterion's share of the total weight, as the engine normalised it
     *  (`Ranking::normalisedWeights`, one per catalog criterion); empty clears them. */
    void setShares(const std::vector<double>& normalisedWeights);

    /** The focus chain of the panel, first to last, for the window's tab order. */
    [[nodiscard]] QList<QWidget*> focusChain() const;

Q_SIGNALS:
    /** The weights changed because the user moved a slider, typed a value or picked a profile. */
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

    enum EntryKind { ProfileEntry, EqualEntry, CustomEntry };

    void clearRows();
    void onProfileActivated(int index);
    void onSliderMoved();
    void setSliders(const ms::Weights& weights);
    void selectCustomEntry();

    const ms::Catalog* m_catalog = nullptr;
    QComboBox* m_profileBox = nullptr;
    QScrollArea* m_scrollArea = nullptr;
    QWidget* m_rowsWidget = nullptr;
    QGridLayout* m_rowsLayout = nullptr;
    std::vector<Row> m_rows;
    bool m_settingSliders = false;
};

} // namespace ms::gui
