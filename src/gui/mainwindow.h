// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <optional>
#include <vector>

#include <QMainWindow>
#include <QString>

#include "core/catalog/catalog.h"
#include "core/catalog/importers.h"
#include "core/catalog/layers.h"
#include "core/catalog/loader.h"
#include "core/decision/ranking.h"
#include "core/decision/rankingengine.h"
#include "core/decision/usagecost.h"
#include "core/report/report.h"
#include "core/scenario/scenario.h"

class QAbstractItemModel;
class QAction;
class QLabel;
class QMenu;
class QPrinter;
class QSlider;
class QTimer;
class QToolButton;
class QUndoStack;

namespace Ui {
class MainWindow;
}

namespace ms::gui {

class CatalogStore;
struct ImportOutcome;
class RankingSortProxy;
class RankingTableModel;
class RecentFiles;
struct ReportExportOptions;
class ScenarioController;
class ScoreRangeDelegate;

/** The ModelScout main window: the scenario on the left (profile, weights, must-haves,
 *  usage, method), the ranking in the centre with a filter and the alternatives the
 *  must-haves left out, the selected alternative's facts, cost and explanation on the
 *  right.
 *
 *  It owns the loaded `Catalog` and an `ms::Scenario` (through a ScenarioController),
 *  re-ranks with the core's `ms::RankingEngine` (the same ranking as
 *  `ms::rankAlternatives`) whenever the scenario changes (at once, no timer; on
 *  `ms::withProjectedCosts` when the scenario has a usage), and shows the result; it
 *  never computes a score. The full `ms::Ranking` is made only when asked for (ranking()). A catalog that fails to
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
    /** Shows `catalog` as if it had been loaded from `path` (with `diagnostics`' warnings
     *  logged), without reading any file or layer: the catalog store keeps its previous
     *  state, so editing the user's figures is not meant to follow. For benchmarks of
     *  generated catalogs larger than the loader's file limit (bench/bench_gui.cpp);
     *  loadCatalog ends here. Always returns true. */
    bool showLoadedCatalog(ms::Catalog catalog, const std::vector<ms::Diagnostic>& diagnostics, const QString& path);

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
    /** The current ranking (empty rows when there is none, e.g. every weight is zero).
     *  Built from the ranking engine on the first call after a re-rank and kept until
     *  the next one (every row's contributions and dominator: O(alternatives x criteria),
     *  about as slow as ms::rankAlternatives at 100,000 alternatives), so a slider move
     *  does not pay for it; the window itself reads the engine's cheap accessors. */
    [[nodiscard]] const ms::Ranking& ranking() const;
    /** The catalog the ranking was made from: the loaded one, or a copy with projected
     *  costs when the scenario has a usage (same alternatives, same order); nullptr
     *  without a catalog. */
    [[nodiscard]] const ms::Catalog* rankedCatalog() const;

    /** Makes `weights` (any non-negative scale; criteria not named get 0) the scenario's
     *  weights, exactly, as if the user had set them (the sliders show them in whole
     *  steps, the profile box "Custom"), and re-ranks once. Defined in
     *  mainwindowanalysis.cpp. */
    void applyWeights(const ms::Weights& weights);

    // File menu: open by content, recent files, report export, printing (mainwindowfile.cpp).

    /** Opens `path` as what its top-level "format" says: "modelscout-catalog" with
     *  loadCatalog, "modelscout-scenario" with openScenarioFile; "modelscout-overrides"
     *  is not opened (a message says overrides.json is applied from the data folder).
     *  A file of any other content is tried as a catalog, so that the catalog loader's
     *  diagnostics say what is wrong. The current catalog and scenario stay in use on any
     *  failure, which emits openFileFailed (and catalogLoadFailed for a catalog) and shows
     *  a message box when interactive. Returns true when the file was opened; it then
     *  heads File › Open Recent. Used by File › Open Recent and drag and drop. */
    bool openFile(const QString& path);
    /** Applies the scenario file at `path` (ms::loadScenarioFromFile against the loaded
     *  catalog) as if the user had set it, and re-ranks. Fails (see openFile) without a
     *  catalog or when the file has any error diagnostic. */
    bool openScenarioFile(const QString& path);
    /** The report of the current ranking (the ranked catalog, the scenario, the ranking
     *  shown) in `language` ("en" or "tr"), explaining the top `topN` alternatives.
     *  nullopt, with `error` set when given, without a catalog or a ranking. */
    [[nodiscard]] std::optional<ms::Report> currentReport(const QString& language, int topN,
                                                          QString* error = nullptr) const;
    /** Writes the report of the current ranking to `path` as `options` say (writeReportFile);
     *  returns "" or an error message. */
    QString exportReport(const QString& path, const ReportExportOptions& options);
    /** Prints the report of the current ranking on `printer` (its page range honoured),
     *  the same pages as the PDF (ms::printReport); returns "" or an error message. */
    QString printReport(QPrinter* printer, const ReportExportOptions& options);
    /** File › Open Recent's list. */
    [[nodiscard]] RecentFiles* recentFiles() const { return m_recentFiles; }

    // --- Catalog layers, your own figures, imports (mainwindowcatalog.cpp) ---------------
    // loadCatalog(path) loads `path` with the user data folder's update, imports and
    // overrides on top (docs/catalog-layers.md), exactly as the CLI's --with-user-data.

    /** The layers of the loaded catalog, the user's overrides and the staleness date. */
    [[nodiscard]] CatalogStore* catalogStore() const { return m_catalogStore.get(); }
    /** Edit › Undo / Redo: one command per saved change of the user's overrides. */
    [[nodiscard]] QUndoStack* undoStack() const { return m_undoStack; }
    /** Loads the open catalog and the data folder's layers again (after a change). */
    bool reloadCatalog();
    /** Makes `overrides` the user's figures as one undoable step named `description`:
     *  checks them with the loader's diagnostics, saves overrides.json atomically
     *  (QSaveFile), pushes the step and reloads (the ranking follows). Returns "" or the
     *  error shown (then nothing changed: file, catalog and history stay as they were). */
    QString saveOverrides(const std::vector<ms::Override>& overrides, const QString& description);
    /** Removes the user's figure for `key` (criterion id, or detail key when `detail`)
     *  of `alternativeId`, as an undoable step. Returns "" or the error shown. */
    QString revertOverride(const QString& alternativeId, const QString& key, bool detail);
    /** Imports the model list `path` (File › Import) into the data folder's imports
     *  layer for `format`, off the GUI thread with a busy indicator, and reloads; says
     *  "Imported N models from FILE" in the status bar. Shows the importer's warnings
     *  when interactive. */
    ImportOutcome importModelList(ms::ImportFormat format, const QString& path);
    /** Edit › Edit Fact… on the selected alternative, `key` preselected when given. */
    void editFact(const QString& key = {}, bool detail = false);
    /** Edit › Add Alternative… */
    void addAlternative();
    /** The id of the alternative selected in the ranking, or empty. */
    [[nodiscard]] QString selectedAlternativeId() const;

Q_SIGNALS:
    /** Saving, undoing or redoing a change of the user's figures, or an import, failed;
     *  `message` says why (also shown in a message box when interactive). */
    void catalogEditFailed(const QString& message);
    /** Loading `path` failed; `message` lists the diagnostics, one per line. */
    void catalogLoadFailed(const QString& path, const QString& message);
    /** A catalog was loaded and ranked. */
    void catalogLoaded(const QString& path);
    /** The ranking was recomputed (or cleared because every weight is zero). */
    void rankingChanged();
    /** The user changed the scenario (also emitted before the re-rank it causes). */
    void scenarioChanged();
    /** Opening `path` (openFile, a drop, a recent file) failed; `message` says why. */
    void openFileFailed(const QString& path, const QString& message);

protected:
    void closeEvent(QCloseEvent* event) override;
    /** A drop of one local file: catalog, scenario or overrides (openFile). */
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void setupView();
    void setupActions();
    /** The Analysis menu: compare, sensitivity, weights by ranking and by pairs (mainwindowanalysis.cpp). */
    void setupAnalysisMenu();
    void restoreSettings();
    void saveSettings();
    void rerank();
    /** Whether scores show on the 0–100 scale (RankingTableModel::showsPercent) for the
     *  engine's ranking, or the scenario's settings without one. */
    [[nodiscard]] bool showsPercentNow() const;
    /** Fits the ranking's text columns and the score column to the rows on screen. */
    void fitColumns();
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
    /** File › Import, Edit menu, status-bar stale count (mainwindowcatalog.cpp). */
    void setupCatalogMenus();
    /** `path` with the data folder's layers on top, as loadCatalog takes it. */
    ms::CatalogLoadResult loadLayers(const QString& path);
    void onCatalogLayersLoaded();
    void updateStaleStatus();
    void updateEditActions();
    void showStaleFacts();
    void importDialog(ms::ImportFormat format);
    bool applyOverridesFile(const std::optional<QByteArray>& from, const std::optional<QByteArray>& to);
    QString failEdit(const QString& message, const QString& details = {});
    [[nodiscard]] QString catalogStatusToolTip() const;
    /** File menu entries added in code, icons, drops, recent files (mainwindowfile.cpp). */
    void setupFileMenu();
    void openScenarioDialog();
    void exportReportDialog();
    void printDialog();
    void printPreviewDialog();
    /** Tells about a failed open: signal, log, and a message box when interactive. */
    void reportOpenFailure(const QString& path, const QString& title, const QString& text, const QString& details = {});

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<ms::Catalog> m_catalog;
    mutable std::optional<ms::Ranking> m_ranking; ///< ranking(): made on demand, reset by rerank
    bool m_hasRanking = false;
    QString m_catalogPath;
    bool m_interactive = true;
    RankingTableModel* m_model = nullptr;
    RankingSortProxy* m_proxy = nullptr;
    ScoreRangeDelegate* m_scoreDelegate = nullptr;
    ScenarioController* m_scenarioController = nullptr;
    /** The catalog with projected costs while the scenario has a usage. */
    std::unique_ptr<ms::Catalog> m_projectedCatalog;
    std::optional<ms::UsageScenario> m_projectedFor; ///< the usage m_projectedCatalog was made for
    ms::RankingEngine m_engine;  ///< cached re-ranking: prepared per catalog and scenario shape
    bool m_engineStale = true;   ///< the catalog changed since m_engine was prepared
    std::vector<ms::CostProjection> m_costs; ///< per alternative, while the scenario has a usage
    std::size_t m_shownConstraints = 0;      ///< for the tab order of the remove buttons
    QLabel* m_catalogStatus = nullptr;
    QLabel* m_countStatus = nullptr;
    std::unique_ptr<CatalogStore> m_catalogStore;
    QUndoStack* m_undoStack = nullptr;
    QToolButton* m_staleButton = nullptr;
    QToolButton* m_layerProblemButton = nullptr;
    QString m_shownLayerProblems;  ///< the skipped layers' errors last reported
    QString m_layersBottom;        ///< the catalog path the undo history belongs to
    RecentFiles* m_recentFiles = nullptr;
    QMenu* m_recentMenu = nullptr;
    QAction* m_exportReportAction = nullptr;
    QAction* m_printAction = nullptr;
    QAction* m_printPreviewAction = nullptr;
    QTimer* m_fitColumnsTimer = nullptr; ///< fitColumns() once the weights stay put
    QTimer* m_detailsTimer = nullptr; ///< updateDetails() during a slider drag, at most every 80 ms
};

} // namespace ms::gui
