// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <vector>

#include <QMainWindow>
#include <QString>

#include "core/catalog/catalog.h"
#include "core/decision/ranking.h"
#include "core/decision/usagecost.h"
#include "core/scenario/scenario.h"

class QAbstractItemModel;
class QLabel;
class QSlider;

namespace Ui {
class MainWindow;
}

namespace ms::gui {

class RankingSortProxy;
class RankingTableModel;
class ScenarioController;
class ScoreRangeDelegate;

/** The ModelScout main window: the scenario on the left (profile, weights, must-haves,
 *  usage, method), the ranking in the centre with a filter and the alternatives the
 *  must-haves left out, the selected alternative's facts, cost and explanation on the
 *  right.
 *
 *  It owns the loaded `Catalog` and an `ms::Scenario` (through a ScenarioController),
 *  asks the core for a `Ranking` with `ms::rankAlternatives` whenever the scenario
 *  changes (at once, no timer; on `ms::withProjectedCosts` when the scenario has a
 *  usage), and shows the result; it never computes a score. A catalog that fails to
 *  load is reported and the previous one stays in use. The scenario is remembered
 *  across runs per catalog (scenariostore.h). */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /** Loads the catalog at `path` and ranks it with the scenario remembered for it
     *  (same title and version), else with its first profile's scenario.
     *  On error returns false, emits `catalogLoadFailed` and keeps the previous
     *  catalog; shows a message box only when the window is interactive. */
    bool loadCatalog(const QString& path);

    /** Whether errors are shown in modal message boxes (default true; false in tests). */
    void setInteractive(bool interactive) { m_interactive = interactive; }
    [[nodiscard]] bool isInteractive() const { return m_interactive; }

    /** Writes the PDF report of the current ranking to `path`; returns "" or an error message. */
    QString exportPdf(const QString& path);

    /** Default size (1360 x 800), splitter sizes and open page, e.g. for reproducible screenshots. */
    void resetLayout();

    /** The weight slider of criterion `criterionId`, or nullptr. */
    [[nodiscard]] QSlider* weightSlider(const QString& criterionId) const;
    /** The model shown in the ranking view (the sorting proxy over the ranking model). */
    [[nodiscard]] QAbstractItemModel* rankingModel() const;
    /** The loaded catalog, or nullptr. */
    [[nodiscard]] const ms::Catalog* catalog() const { return m_catalog.get(); }
    /** The path of the loaded catalog, or empty. */
    [[nodiscard]] QString catalogPath() const { return m_catalogPath; }

    /** The scenario the ranking is made with. */
    [[nodiscard]] const ms::Scenario& scenario() const;
    /** Shows `scenario` in every control and re-ranks once. */
    void setScenario(const ms::Scenario& scenario);
    /** The current ranking (empty rows when there is none, e.g. every weight is zero). */
    [[nodiscard]] const ms::Ranking& ranking() const { return m_ranking; }
    /** The catalog the ranking was made from: the loaded one, or a copy with projected
     *  costs when the scenario has a usage (same alternatives, same order); nullptr
     *  without a catalog. */
    [[nodiscard]] const ms::Catalog* rankedCatalog() const;

    /** Makes `weights` (any non-negative scale; criteria not named get 0) the scenario's
     *  weights, exactly, as if the user had set them (the sliders show them in whole
     *  steps, the profile box "Custom"), and re-ranks once. Defined in
     *  mainwindowanalysis.cpp. */
    void applyWeights(const ms::Weights& weights);

Q_SIGNALS:
    /** Loading `path` failed; `message` lists the diagnostics, one per line. */
    void catalogLoadFailed(const QString& path, const QString& message);
    /** A catalog was loaded and ranked. */
    void catalogLoaded(const QString& path);
    /** The ranking was recomputed (or cleared because every weight is zero). */
    void rankingChanged();
    /** The user changed the scenario (also emitted before the re-rank it causes). */
    void scenarioChanged();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void setupView();
    void setupActions();
    /** The Analysis menu: compare, sensitivity, weights by ranking and by pairs (mainwindowanalysis.cpp). */
    void setupAnalysisMenu();
    void restoreSettings();
    void saveSettings();
    void rerank();
    void updateDetails();
    void updateTitleAndStatus();
    void updateExcluded();
    void updateScenarioSummary();
    void updateTabOrder();
    void fillKindFilter();
    void onFilterChanged();
    /** Applies the scenario remembered for the loaded catalog; returns a note when a
     *  remembered file could not be used. */
    QString restoreScenario();
    void saveScenario();
    void selectAlternativeRow(int sourceRow);
    void openCatalogDialog();
    void exportPdfDialog();
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<ms::Catalog> m_catalog;
    ms::Ranking m_ranking;
    bool m_hasRanking = false;
    QString m_catalogPath;
    bool m_interactive = true;
    RankingTableModel* m_model = nullptr;
    RankingSortProxy* m_proxy = nullptr;
    ScoreRangeDelegate* m_scoreDelegate = nullptr;
    ScenarioController* m_scenarioController = nullptr;
    /** The catalog with projected costs while the scenario has a usage. */
    std::unique_ptr<ms::Catalog> m_projectedCatalog;
    std::vector<ms::CostProjection> m_costs; ///< per alternative, while the scenario has a usage
    std::size_t m_shownConstraints = 0;      ///< for the tab order of the remove buttons
    QLabel* m_catalogStatus = nullptr;
    QLabel* m_countStatus = nullptr;
};

} // namespace ms::gui
