// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include <QString>
#include <QStringList>
#include <QWidget>

#include "core/catalog/catalog.h"
#include "core/decision/sensitivity.h"

class QChartView;
class QGridLayout;
class QLabel;

namespace ms::gui {

class StabilityBar;

/** How sure the ranking is: for each criterion its current weight inside its stability
 *  intervals (StabilityBar plus the numbers), the smallest single weight change that
 *  makes the runner-up first, and a bar chart of the win probabilities.
 *  Everything shown is copied at `setReport`. Catalog text is shown literally (C19). */
class SensitivityView : public QWidget
{
    Q_OBJECT

public:
    /** Bars in the win-probability chart; the others are summed up in a line of text. */
    static constexpr int MaximumWinBars = 10;

    explicit SensitivityView(QWidget* parent = nullptr);

    /** Shows `report`, which must come from `catalog`. */
    void setReport(const ms::Catalog& catalog, const ms::SensitivityReport& report);
    /** Shows `message` (e.g. why there is no report) and nothing else. */
    void showMessage(const QString& message);

    /** Criterion rows shown. */
    [[nodiscard]] int rowCount() const { return static_cast<int>(m_rows.size()); }
    /** The numbers of row `row`, as shown ("50.0 % · top choice stays for …"). */
    [[nodiscard]] QString rowText(int row) const;
    /** The criterion label of row `row` (plain text). */
    [[nodiscard]] QString rowLabel(int row) const;
    /** The bar of row `row`, or nullptr. */
    [[nodiscard]] StabilityBar* rowBar(int row) const;
    /** The runner-up sentence. */
    [[nodiscard]] QString runnerUpText() const;
    /** The heading sentence (which alternative is the top choice). */
    [[nodiscard]] QString summaryText() const;
    /** The win-probability categories, most likely first (plain text). */
    [[nodiscard]] QStringList winCategories() const { return m_winCategories; }
    /** The win probabilities in percent, in the order of winCategories(). */
    [[nodiscard]] std::vector<double> winPercentages() const { return m_winPercentages; }
    [[nodiscard]] QChartView* winChart() const { return m_winChart; }

private:
    struct Row {
        QLabel* label = nullptr;
        StabilityBar* bar = nullptr;
        QLabel* numbers = nullptr;
    };

    void clearRows();
    void fillWinChart(const ms::Catalog& catalog, const ms::SensitivityReport& report);

    QLabel* m_summary = nullptr;
    QWidget* m_rowsWidget = nullptr;
    QGridLayout* m_rowsLayout = nullptr;
    QWidget* m_legend = nullptr;
    QLabel* m_runnerUp = nullptr;
    QLabel* m_note = nullptr;
    QLabel* m_winRest = nullptr;
    QChartView* m_winChart = nullptr;
    std::vector<Row> m_rows;
    QStringList m_winCategories;
    std::vector<double> m_winPercentages;
};

} // namespace ms::gui
